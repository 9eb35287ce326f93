package com.nashir.testing;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements a request runs, for the tests that hold each public page to its
 * budget. A request that sends {@link #HEADER} has the statements executed on its thread counted;
 * {@link #of} gives the count once the request has been answered.
 */
public final class SqlStatements {
    public static final String HEADER = "X-Test-Count-Sql";
    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<List<Executed>> RECORDING = new ThreadLocal<>();
    private static final Map<String, Integer> COUNTED = new ConcurrentHashMap<>();
    private static final Map<String, List<Executed>> RECORDED = new ConcurrentHashMap<>();

    /**
     * A statement a counted request ran: its SQL and the calls that set its parameters, so that a
     * test can run it again (under EXPLAIN) with the very same values.
     */
    public record Executed(String sql, List<Binding> bindings) {
        /** Sets this statement's parameters on another statement of the same SQL (prefixed or not). */
        public void bind(java.sql.PreparedStatement target) throws java.sql.SQLException {
            for (Binding b : bindings) {
                try {
                    b.method().invoke(target, b.args());
                } catch (ReflectiveOperationException e) {
                    throw new java.sql.SQLException(
                            "cannot replay " + b.method().getName(), e);
                }
            }
        }
    }

    /** One {@code set…(index, value…)} call on a prepared statement. */
    public record Binding(java.lang.reflect.Method method, Object[] args) {}

    /** The statements the request tagged {@code id} ran, in order (after {@link #of} has seen it answered). */
    public static List<Executed> statementsOf(String id) {
        of(id);
        return RECORDED.getOrDefault(id, List.of());
    }

    private SqlStatements() {}

    /**
     * The statements the request tagged {@code id} ran, or null when it was not counted (served
     * from cache). The client may read the whole answer a moment before the server's thread has
     * left the filters, so this waits for the count up to two seconds.
     */
    public static Integer of(String id) {
        try {
            return org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(2))
                    .pollDelay(java.time.Duration.ZERO)
                    .pollInterval(java.time.Duration.ofMillis(5))
                    .until(() -> COUNTED.get(id), java.util.Objects::nonNull);
        } catch (org.awaitility.core.ConditionTimeoutException notCounted) {
            return null;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof CountingDataSource)
                            ? new CountingDataSource(ds)
                            : bean;
                }
            };
        }

        @Bean
        FilterRegistrationBean<Filter> sqlStatementRecorder() {
            Filter filter = (request, response, chain) -> {
                String id = ((HttpServletRequest) request).getHeader(HEADER);
                if (id == null) {
                    chain.doFilter(request, response);
                    return;
                }
                int[] count = new int[1];
                List<Executed> executed = new java.util.ArrayList<>();
                CURRENT.set(count);
                RECORDING.set(executed);
                try {
                    chain.doFilter(request, response);
                } finally {
                    CURRENT.remove();
                    RECORDING.remove();
                    RECORDED.put(id, executed);
                    COUNTED.put(id, count[0]);
                }
            };
            var registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }

    /** The application's data source, with every statement it executes counted against the current request. */
    static final class CountingDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource {
        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws java.sql.SQLException {
            return wrap(super.getConnection(user, password));
        }

        private static Connection wrap(Connection c) {
            return (Connection) Proxy.newProxyInstance(
                    SqlStatements.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    forward(
                            c,
                            (result, method, args) -> result instanceof Statement s
                                    ? statement(
                                            s,
                                            method.getReturnType(),
                                            args != null && args.length > 0 && args[0] instanceof String sql
                                                    ? sql
                                                    : null)
                                    : result));
        }

        private static Object statement(Statement s, Class<?> type, String preparedSql) {
            if (!type.isInterface()) {
                return s;
            }
            List<Binding> bindings = new java.util.ArrayList<>();
            return Proxy.newProxyInstance(
                    SqlStatements.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                            bindings.add(new Binding(method, args.clone()));
                        } else if (name.equals("clearParameters")) {
                            bindings.clear();
                        } else if (name.startsWith("execute")) {
                            int[] count = CURRENT.get();
                            if (count != null) {
                                count[0]++;
                            }
                            List<Executed> executed = RECORDING.get();
                            String sql = preparedSql != null
                                    ? preparedSql
                                    : args != null && args.length > 0 && args[0] instanceof String q ? q : null;
                            if (executed != null && sql != null) {
                                executed.add(new Executed(sql, List.copyOf(bindings)));
                            }
                        }
                        return invoke(s, method, args);
                    });
        }

        interface After {
            Object apply(Object result, java.lang.reflect.Method method, Object[] args);
        }

        private static InvocationHandler forward(Object target, After after) {
            return (proxy, method, args) -> {
                if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                    return invoke(target, method, args);
                }
                return after.apply(invoke(target, method, args), method, args);
            };
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
