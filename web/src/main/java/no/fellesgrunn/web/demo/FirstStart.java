package no.fellesgrunn.web.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** What happens once the application is up: a new installation gets its first accounts. */
@Component
class FirstStart implements ApplicationRunner {
    private final FirstStartAccounts accounts;

    FirstStart(FirstStartAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.createIfEmpty();
    }
}
