package com.nashir.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's choice of controller method, made cheap for addresses with variables. Spring tests
 * such an address ({@code /news/{id}/{slug}}) against every mapping of the application, more than
 * two hundred here (site, newsroom, both APIs), and each test asks the request for its method
 * several times and for its parsed path once. By then the request has passed through a dozen
 * filters that wrap it, so each question travels down the whole chain of wrappers. A profile of
 * uncached article pages under load found a fifth of the time there (docs/performance.md).
 *
 * <p>Two changes, both invisible to the result:
 * <ul>
 *   <li>the lookup sees the request through one more wrapper that remembers its method and parsed
 *       path (neither can change while a mapping is chosen); everything else goes through;</li>
 *   <li>mappings are grouped by the literal first segment of their patterns ({@code news},
 *       {@code admin}, {@code api}…), so an address is tested only against the mappings of its
 *       own first segment and those whose pattern starts with a variable. A mapping of another
 *       group cannot match: its first segment is a different literal. When none of the candidates
 *       matches, when two tie, and for CORS pre-flights, Spring's own lookup over all mappings
 *       decides (its errors — 405, 415 — and its ambiguity check stay exactly Spring's).</li>
 * </ul>
 * {@code HandlerLookupTest} checks that both give the same handler for the same requests.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup {

    @Bean
    WebMvcRegistrations quickHandlerLookup() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new Mapping();
            }
        };
    }

    static class Mapping extends RequestMappingHandlerMapping {
        private volatile Index index;

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            HttpServletRequest remembered = new Remembered(request);
            Index idx = index();
            if (idx.direct.contains(lookupPath) || CorsUtils.isPreFlightRequest(remembered)) {
                return super.lookupHandlerMethod(lookupPath, remembered);
            }
            List<Found> found = new ArrayList<>(2);
            for (RequestMappingInfo candidate : idx.candidates(firstSegment(remembered))) {
                RequestMappingInfo match = getMatchingMapping(candidate, remembered);
                if (match != null) {
                    found.add(new Found(match, idx.handlers.get(candidate)));
                }
            }
            if (found.isEmpty()) {
                return super.lookupHandlerMethod(lookupPath, remembered);
            }
            Found best = found.get(0);
            if (found.size() > 1) {
                var order = getMappingComparator(remembered);
                found.sort((a, b) -> order.compare(a.match(), b.match()));
                best = found.get(0);
                if (order.compare(best.match(), found.get(1).match()) == 0) {
                    return super.lookupHandlerMethod(lookupPath, remembered); // Spring reports the ambiguity
                }
            }
            HandlerMethod handler = best.handler();
            remembered.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
            handleMatch(best.match(), lookupPath, remembered);
            return handler;
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            super.registerMapping(mapping, handler, method);
            index = null;
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            super.unregisterMapping(mapping);
            index = null;
        }

        private Index index() {
            Index idx = index;
            if (idx == null) {
                idx = new Index(getHandlerMethods());
                index = idx;
            }
            return idx;
        }

        /** The decoded first segment of the path within the application, "" when there is none. */
        private static String firstSegment(HttpServletRequest request) {
            List<PathContainer.Element> elements = ServletRequestPathUtils.getParsedRequestPath(request)
                    .pathWithinApplication()
                    .elements();
            for (PathContainer.Element e : elements) {
                if (e instanceof PathContainer.PathSegment segment) {
                    return segment.valueToMatch();
                }
            }
            return "";
        }
    }

    /** A mapping that matches the request, narrowed to it, and the handler it was registered for. */
    private record Found(RequestMappingInfo match, HandlerMethod handler) {}

    /** The mappings grouped by the literal first segment of their patterns. */
    private static final class Index {
        private final Map<String, List<RequestMappingInfo>> byFirst = new HashMap<>();
        private final List<RequestMappingInfo> anyFirst = new ArrayList<>();
        private final Set<String> direct = new HashSet<>();
        private final Map<RequestMappingInfo, HandlerMethod> handlers;

        Index(Map<RequestMappingInfo, HandlerMethod> handlers) {
            this.handlers = handlers;
            for (RequestMappingInfo info : handlers.keySet()) {
                direct.addAll(info.getDirectPaths());
                Set<String> firsts = new LinkedHashSet<>();
                boolean any = info.getPathPatternsCondition() == null
                        || info.getPathPatternsCondition().getPatterns().isEmpty();
                if (!any) {
                    for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
                        String literal = literalFirstSegment(p.getPatternString());
                        if (literal == null) {
                            any = true;
                        } else {
                            firsts.add(literal);
                        }
                    }
                }
                if (any) {
                    anyFirst.add(info);
                } else {
                    firsts.forEach(f ->
                            byFirst.computeIfAbsent(f, k -> new ArrayList<>()).add(info));
                }
            }
            // Each group with the patterns that start with a variable, made once rather than per request.
            byFirst.values().forEach(group -> group.addAll(anyFirst));
        }

        /** The mappings an address whose first segment is {@code first} may match. */
        List<RequestMappingInfo> candidates(String first) {
            return byFirst.getOrDefault(first, anyFirst);
        }

        /** "news" for "/news/{id}/{slug}", "" for "/"; null when the first segment is not a plain literal. */
        static String literalFirstSegment(String pattern) {
            if (!pattern.startsWith("/")) {
                return null;
            }
            int end = pattern.indexOf('/', 1);
            String first = end < 0 ? pattern.substring(1) : pattern.substring(1, end);
            if (first.isEmpty()) {
                return pattern.equals("/") ? "" : null; // the root has no segment: the group of ""
            }
            if (first.contains("{") || first.contains("*") || first.contains("?")) {
                return null;
            }
            return first;
        }
    }

    /** The request with its method and parsed path remembered. */
    static final class Remembered extends HttpServletRequestWrapper {
        private final String method;
        private Object path;

        Remembered(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public Object getAttribute(String name) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                if (path == null) {
                    path = super.getAttribute(name);
                }
                return path;
            }
            return super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                path = value;
            }
            super.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                path = null;
            }
            super.removeAttribute(name);
        }
    }
}
