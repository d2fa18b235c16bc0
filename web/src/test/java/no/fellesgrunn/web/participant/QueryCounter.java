package no.fellesgrunn.web.participant;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application asks of its database: connection borrows from the pool and
 * statements prepared on them. A tiny hand-written proxy around the application's DataSource,
 * installed by {@link Config}; tests {@link #reset} it, render a page and read the figures. Counts
 * only the thread that called reset, so the scheduler's polling in the background is left out.
 */
public final class QueryCounter {
    private static volatile Thread measured;
    private static final AtomicInteger BORROWS = new AtomicInteger();
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static final java.util.List<String> SQL =
            java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private QueryCounter() {}

    public static void reset() {
        measured = Thread.currentThread();
        BORROWS.set(0);
        STATEMENTS.set(0);
        SQL.clear();
    }

    /** The statements since the last reset, with how often each ran: for finding what a page repeats. */
    public static java.util.Map<String, Long> statementsRun() {
        synchronized (SQL) {
            return SQL.stream()
                    .collect(java.util.stream.Collectors.groupingBy(
                            s -> s, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        }
    }

    public static int borrows() {
        return BORROWS.get();
    }

    public static int statements() {
        return STATEMENTS.get();
    }

    /** Wraps the application's DataSource bean. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
                }
            };
        }
    }

    static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            if (Thread.currentThread() == measured) {
                BORROWS.incrementAndGet();
            }
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            if (Thread.currentThread() == measured) {
                BORROWS.incrementAndGet();
            }
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if (Thread.currentThread() == measured
                        && (name.equals("prepareStatement")
                                || name.equals("createStatement")
                                || name.equals("prepareCall"))) {
                    STATEMENTS.incrementAndGet();
                    SQL.add(args == null || args.length == 0 ? "(statement)" : String.valueOf(args[0]));
                }
                return invoke(connection, method, args);
            };
            return (Connection) Proxy.newProxyInstance(
                    QueryCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
