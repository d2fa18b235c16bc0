package no.fellesgrunn.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line's bundle: English, bokmål and nynorsk have the same keys with the same
 * arguments, and every {@code format.*} and {@code cli.*} code the planner's code names has a text.
 */
class CliBundlesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern CODE = Pattern.compile("\"((?:format|cli)\\.[a-z_.]+[a-z])\"");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CliBundlesTest.class.getResourceAsStream("text" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            arguments.add(m.group(1));
        }
        return arguments;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndArguments() throws IOException {
        Properties en = bundle("");
        for (String suffix : new String[] {"_nb", "_nn"}) {
            Properties other = bundle(suffix);
            assertThat(other.stringPropertyNames()).as(suffix).isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(arguments(other.getProperty(key)))
                        .as(suffix + " " + key)
                        .isEqualTo(arguments(en.getProperty(key)));
            }
        }
    }

    @Test
    void everyCodeInThePlannersCodeHasAText() throws IOException {
        Properties en = bundle("");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(source));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        codes.remove("format.type."); // completed by the schema's type name: object, array, string, ...
        assertThat(codes).hasSizeGreaterThan(30);
        assertThat(en.stringPropertyNames()).containsAll(codes);
        for (String type : new String[] {"object", "array", "string", "integer", "number", "boolean", "null"}) {
            assertThat(en.stringPropertyNames()).contains("format.type." + type);
        }
    }
}
