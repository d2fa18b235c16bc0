package no.fellesgrunn.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "no.fellesgrunn")
public class Application {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
