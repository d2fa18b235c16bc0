package no.fellesgrunn.domain.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The real Norwegian counties and municipalities (2024 reform) and the UN goals, read from the
 * files shipped with the domain (see the licence files next to them). Both the database migration
 * and the demo-data generator read this one copy.
 */
public final class ReferenceCatalog {
    private static final ReferenceCatalog INSTANCE = new ReferenceCatalog();

    private final List<County> counties;
    private final List<Municipality> municipalities;
    private final List<SdgGoal> sdgGoals;
    private final Map<String, Municipality> byNumber;

    private ReferenceCatalog() {
        counties = read("counties-2025.csv", f -> new County(f[0], f[1]));
        municipalities = read("municipalities-2025.csv", f -> new Municipality(f[0], f[1]));
        sdgGoals = read("sdg-goals.csv", f -> new SdgGoal(Integer.parseInt(f[0]), f[1], f[2]));
        byNumber = municipalities.stream()
                .collect(Collectors.toUnmodifiableMap(Municipality::number, Function.identity()));
    }

    public static ReferenceCatalog norway() {
        return INSTANCE;
    }

    public List<County> counties() {
        return counties;
    }

    public List<Municipality> municipalities() {
        return municipalities;
    }

    public List<SdgGoal> sdgGoals() {
        return sdgGoals;
    }

    public Municipality municipality(String number) {
        return byNumber.get(number);
    }

    public List<Municipality> municipalitiesInCounty(String countyCode) {
        return municipalities.stream()
                .filter(m -> m.countyCode().equals(countyCode))
                .toList();
    }

    private static <T> List<T> read(String file, Function<String[], T> row) {
        try (InputStream in = ReferenceCatalog.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("reference file " + file + " is missing from the domain jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> result = new ArrayList<>();
            // Our own generated files: '#' comment lines, then "field;field" rows without quoting.
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    result.add(row.apply(line.split(";", -1)));
                }
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
