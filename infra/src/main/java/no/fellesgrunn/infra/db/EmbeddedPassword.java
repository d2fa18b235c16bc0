package no.fellesgrunn.infra.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;
import javax.sql.DataSource;
import no.fellesgrunn.infra.db.EmbeddedDatabaseUnavailableException.Reason;

/**
 * The embedded server's superuser password: generated on the first start, kept in a file that only
 * its owner may read ({@code postgres.password} in the data folder), and required for every
 * connection (pg_hba.conf with scram-sha-256 over 127.0.0.1 only; no trust, no Unix socket).
 */
final class EmbeddedPassword {
    static final String FILE_NAME = "postgres.password";
    static final String HBA =
            "# Written by Fellesgrunn: the superuser's password (SCRAM) over loopback, nothing else.\n"
                    + "host all all 127.0.0.1/32 scram-sha-256\n";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private EmbeddedPassword() {}

    /** The stored password, or a new one when the cluster has never been protected. */
    static String loadOrCreate(Path folder, Path cluster) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            restrict(file);
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!password.isEmpty()) {
                return password;
            }
        }
        if (isProtected(cluster)) {
            throw new EmbeddedDatabaseUnavailableException(
                    folder,
                    Reason.PASSWORD_MISSING,
                    "the cluster requires a password but " + file + " is missing or empty",
                    null);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temporary = folder.resolve(FILE_NAME + ".new");
        Files.deleteIfExists(temporary);
        if (posix()) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
        restrict(temporary);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    /** True when the cluster's pg_hba.conf is ours: a password over loopback and nothing else. */
    static boolean isProtected(Path cluster) throws IOException {
        Path hba = cluster.resolve("pg_hba.conf");
        return Files.exists(hba)
                && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
    }

    /**
     * Sets the password and replaces pg_hba.conf, then reloads it. Run on a server that still trusts
     * (a new cluster, or one from before this protection); the steps can be repeated after a crash.
     */
    static void protect(DataSource trusted, Path cluster, String password) throws SQLException, IOException {
        try (Connection connection = trusted.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            // The password is base64url (letters, digits, '-' and '_'), so it cannot break the literal.
            statement.execute("alter role postgres with password '" + password + "'");
            Path temporary = cluster.resolve("pg_hba.conf.new");
            Files.writeString(temporary, HBA, StandardCharsets.UTF_8);
            Files.move(
                    temporary,
                    cluster.resolve("pg_hba.conf"),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            statement.execute("select pg_reload_conf()");
        }
    }

    private static void restrict(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } else {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
