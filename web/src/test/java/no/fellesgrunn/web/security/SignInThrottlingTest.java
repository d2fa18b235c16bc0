package no.fellesgrunn.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.infra.account.JdbcSignInFailures;
import no.fellesgrunn.web.admin.SignInLocks;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-in through the real filter chain and authentication provider, with a clock the test moves;
 * a second node is a second throttle with its own adapter on the same database.
 */
@AutoConfigureMockMvc
class SignInThrottlingTest extends WebIntegrationTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String RIGHT = "riktig hest batteri stift";

    @TestConfiguration
    static class Time {
        // Beside the application's own clock (web.base.Clocks), and the one every service gets here.
        @Bean
        @org.springframework.context.annotation.Primary
        AdjustableClock throttleClock() {
            return new AdjustableClock(START);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AdjustableClock clock;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInLocks locks;

    @Autowired
    DataSource dataSource;

    private void account(String email) {
        accounts.add(
                UserAccount.create(email, "Person " + email, passwordEncoder.encode(RIGHT), Set.of(Role.PARTICIPANT)));
    }

    /** Where the sign-in sent the browser: "/" on success, "/login?error" or "/login?error&locked=..." otherwise. */
    private String signIn(String username, String password, String address) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    private static String locked(Instant until) {
        return "/login?error&locked=" + until.getEpochSecond();
    }

    @Test
    void thirtyWrongPasswordsThenTheRightOneIsRefusedWithTheLockUntilFifteenMinutesLater() throws Exception {
        account("locked.person@example.no");
        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        for (int i = 1; i <= 30; i++) {
            String answer = signIn("locked.person@example.no", "feil passord " + i, "10.1.0.1");
            assertThat(answer).as("attempt " + i).isEqualTo(i < 5 ? "/login?error" : locked(until));
        }
        assertThat(signIn("locked.person@example.no", RIGHT, "10.1.0.1")).isEqualTo(locked(until));
        // The same from another address, and with the name written differently: the account is locked.
        assertThat(signIn(" Locked.Person@Example.no", RIGHT, "10.1.0.2")).isEqualTo(locked(until));
    }

    @Test
    void aLockedAccountDoesNotBlockAnotherAccountFromTheSameAddress() throws Exception {
        account("a.locked@example.no");
        account("b.free@example.no");
        for (int i = 0; i < 6; i++) {
            signIn("a.locked@example.no", "feil passord", "10.2.0.1");
        }
        assertThat(signIn("a.locked@example.no", RIGHT, "10.2.0.1")).contains("locked=");
        assertThat(signIn("b.free@example.no", RIGHT, "10.2.0.1")).isEqualTo("/");
    }

    @Test
    void unknownAndKnownAccountsGetTheSameAnswersAndTakeAboutAsLong() throws Exception {
        account("known.person@example.no");
        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        for (int i = 1; i <= 6; i++) {
            String known = signIn("known.person@example.no", "feil passord", "10.3.0.1");
            String unknown = signIn("nobody.here@example.no", "feil passord", "10.3.0.2");
            assertThat(unknown).as("attempt " + i).isEqualTo(known).isEqualTo(i < 5 ? "/login?error" : locked(until));
        }
        // Timing: an unknown name still costs a password hash check (Spring's dummy check), so it is
        // not answered much faster than a wrong password for a real account.
        long[] known = new long[5];
        long[] unknown = new long[5];
        for (int i = 0; i < 5; i++) {
            account("timing" + i + "@example.no");
            long start = System.nanoTime();
            signIn("timing" + i + "@example.no", "feil passord", "10.3.1." + i);
            known[i] = System.nanoTime() - start;
            start = System.nanoTime();
            signIn("no.timing" + i + "@example.no", "feil passord", "10.3.2." + i);
            unknown[i] = System.nanoTime() - start;
        }
        Arrays.sort(known);
        Arrays.sort(unknown);
        assertThat(unknown[2])
                .as("median time for unknown accounts (ns) vs known " + known[2])
                .isGreaterThan(known[2] / 3);
    }

    @Test
    void whenTheLockTimeHasPassedSignInWorksAgain() throws Exception {
        account("waits@example.no");
        for (int i = 0; i < 5; i++) {
            signIn("waits@example.no", "feil passord", "10.4.0.1");
        }
        assertThat(signIn("waits@example.no", RIGHT, "10.4.0.1")).contains("locked=");
        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn("waits@example.no", RIGHT, "10.4.0.1")).contains("locked=");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn("waits@example.no", RIGHT, "10.4.0.1")).isEqualTo("/");
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedWhileOtherAddressesAreNot() throws Exception {
        account("victim@example.no");
        for (int i = 0; i < 100; i++) {
            signIn("guess" + i + "@example.no", "feil passord", "10.5.0.1");
        }
        assertThat(signIn("victim@example.no", RIGHT, "10.5.0.1")).contains("locked=");
        assertThat(signIn("victim@example.no", RIGHT, "10.5.0.2")).isEqualTo("/");
    }

    @Test
    void theAdministratorSeesLockedAccountsAndCanOpenThem() throws Exception {
        account("admin.opens@example.no");
        for (int i = 0; i < 5; i++) {
            signIn("admin.opens@example.no", "feil passord", "10.6.0.1");
        }
        asRole("PARTICIPANT");
        try {
            assertThatThrownBy(() -> locks.lockedAccounts()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> locks.unlock("admin.opens@example.no")).isInstanceOf(AccessDeniedException.class);
            asRole("ADMIN");
            List<SignInThrottle.Lock> locked = locks.lockedAccounts();
            assertThat(locked).extracting(SignInThrottle.Lock::key).contains("admin.opens@example.no");
            locks.unlock("admin.opens@example.no");
            assertThat(locks.lockedAccounts())
                    .extracting(SignInThrottle.Lock::key)
                    .doesNotContain("admin.opens@example.no");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(signIn("admin.opens@example.no", RIGHT, "10.6.0.1")).isEqualTo("/");
    }

    /** Another node: its own throttle and adapter on the same database, with the same clock. */
    private SignInThrottle otherNode(int accountBudget) {
        return new SignInThrottle(
                new JdbcSignInFailures(dataSource), clock, accountBudget, 100, Duration.ofMinutes(15));
    }

    @Test
    void aLockMadeOnOneNodeHoldsOnTheOtherAndFailuresOnBothNodesAddUp() throws Exception {
        account("two.nodes@example.no");
        account("bystander@example.no");
        SignInThrottle nodeB = otherNode(5);
        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("two.nodes@example.no", "feil passord", "10.7.0.1"))
                    .isEqualTo("/login?error");
        }
        assertThat(nodeB.lockedUntil("two.nodes@example.no", "10.7.0.2")).isEmpty();
        assertThat(nodeB.failed("Two.Nodes@example.no", "10.7.0.2")).isEmpty();
        // The fifth failure, on the other node, locks the account on both.
        assertThat(nodeB.failed("two.nodes@example.no", "10.7.0.2")).contains(until);
        assertThat(signIn("two.nodes@example.no", RIGHT, "10.7.0.1")).isEqualTo(locked(until));
        assertThat(nodeB.lockedUntil("two.nodes@example.no", "10.7.0.3")).contains(until);
        // Another account is not blocked on either node, from the same addresses.
        assertThat(nodeB.lockedUntil("bystander@example.no", "10.7.0.2")).isEmpty();
        assertThat(signIn("bystander@example.no", RIGHT, "10.7.0.2")).isEqualTo("/");
        // Opened by the administrator on this node: open on the other one too.
        asRole("ADMIN");
        try {
            locks.unlock("two.nodes@example.no");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(nodeB.lockedUntil("two.nodes@example.no", "10.7.0.2")).isEmpty();
        assertThat(signIn("two.nodes@example.no", RIGHT, "10.7.0.2")).isEqualTo("/");
    }

    @Test
    void failuresArrivingAtTheSameTimeOnTwoNodesAreAllCountedAndLockOnce() throws Exception {
        SignInThrottle nodeA = otherNode(41);
        SignInThrottle nodeB = otherNode(41);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Instant>>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                SignInThrottle node = i % 2 == 0 ? nodeA : nodeB;
                String address = "10.8.0." + i;
                answers.add(threads.submit(() -> node.failed("parallel@example.no", address)));
            }
            for (Future<Optional<Instant>> answer : answers) {
                assertThat(answer.get()).isEmpty();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(nodeA.lockedUntil("parallel@example.no", "10.8.1.1")).isEmpty();
        // The 41st failure locks: no failure of the 40 was lost between the nodes.
        assertThat(nodeB.failed("parallel@example.no", "10.8.1.1")).isPresent();
        assertThat(nodeA.lockedUntil("parallel@example.no", "10.8.1.2")).isPresent();
    }

    @Test
    void endedCountsAndLocksAreDeletedAsFailuresArriveButRunningLocksStay() {
        SignInThrottle node = otherNode(5);
        node.failed("counted.once@example.no", "10.9.0.1");
        for (int i = 0; i < 5; i++) {
            node.failed("locked.later@example.no", "10.9.0.2");
        }
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            node.failed("locked.late@example.no", "10.9.0.3");
        }
        clock.advance(Duration.ofMinutes(6));
        // 16 minutes on: the first two have ended, the third is locked for 9 more minutes.
        node.failed("trigger@example.no", "10.9.0.4");
        assertThat(keys())
                .doesNotContain("counted.once@example.no", "locked.later@example.no", "10.9.0.1", "10.9.0.2")
                .contains("locked.late@example.no", "10.9.0.3", "trigger@example.no", "10.9.0.4");
        assertThat(node.lockedUntil("locked.late@example.no", "10.9.0.5")).isPresent();
        Integer ended = JdbcClient.create(dataSource)
                .sql("select count(*) from sign_in_failure where expires_at <= ?")
                .param(java.sql.Timestamp.from(clock.instant()))
                .query(Integer.class)
                .single();
        assertThat(ended).isZero();
    }

    private List<String> keys() {
        return JdbcClient.create(dataSource)
                .sql("select key from sign_in_failure")
                .query(String.class)
                .list();
    }

    @Test
    void aHugeAccountNameIsRefusedLikeAnyOtherAndKeptShort() throws Exception {
        String huge = "x".repeat(20_000) + "@example.no";
        assertThat(signIn(huge, "feil passord", "10.10.0.1")).isEqualTo("/login?error");
        assertThat(keys()).allSatisfy(key -> assertThat(key.length()).isLessThanOrEqualTo(SignInThrottle.MAX_KEY));
    }

    private static void asRole(String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
    }
}
