package com.newsdesk.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters and varying headers of every public GET operation, read once from the
 * JAX-RS annotations of the resource classes. It answers, for a request path (before JAX-RS has
 * matched it), which query parameters mean something: the rest are dropped from read-cache keys
 * and from the links we build, and parameter order never matters.
 *
 * <p>A path that several templates match (such as {@code /articles/by-id/x} and
 * {@code /articles/{slug}}) gets the union of their parameters, which can only make a key more
 * specific, never mix two answers.
 */
@ApplicationScoped
public class RouteTable {

    /** Read by the conditional-GET filter for every JSON read, whatever the operation declares. */
    static final String FIELDS = "fields";

    /** One GET operation: its path as a pattern, its parameters (true: multi-valued) and its headers. */
    record Route(String literalPrefix, Pattern path, Map<String, Boolean> parameters, List<String> headers) {}

    /** What a path's operations understand; {@code parameters} null when they cannot be known. */
    public record Known(Map<String, Boolean> parameters, List<String> headers) {}

    private final List<Route> routes;

    @Inject
    RouteTable(BeanManager beans) {
        this(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .<Class<?>>map(bean -> bean.getBeanClass())
                .filter(type -> type.isAnnotationPresent(Path.class))
                .distinct()
                .toList());
    }

    public RouteTable(Collection<Class<?>> resources) {
        List<Route> found = new ArrayList<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(route(sub == null ? base : base + "/" + sub.value(), method));
                }
            }
        }
        this.routes = List.copyOf(found);
    }

    private static Route route(String template, Method method) {
        Map<String, Boolean> parameters = new TreeMap<>();
        parameters.put(FIELDS, false);
        for (Parameter parameter : method.getParameters()) {
            String name = queryName(parameter);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                parameters = null; // cannot be known from here: such an operation is never cached
                break;
            }
            if (name != null) {
                Class<?> type = parameter.getType();
                parameters.put(name, Collection.class.isAssignableFrom(type) || type.isArray());
            }
        }
        Varies varies = method.getAnnotation(Varies.class);
        List<String> headers = varies == null ? List.of() : List.of(varies.value());
        String normalized = ("/" + template).replaceAll("/+", "/");
        if (normalized.length() > 1 && normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        int brace = normalized.indexOf('{');
        return new Route(
                brace < 0 ? normalized : normalized.substring(0, brace),
                pattern(normalized),
                parameters == null ? null : Collections.unmodifiableMap(parameters),
                headers);
    }

    private static String queryName(Parameter parameter) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        RestQuery rest = parameter.getAnnotation(RestQuery.class);
        if (rest != null) {
            return rest.value().isEmpty() ? parameter.getName() : rest.value();
        }
        return null;
    }

    /** A JAX-RS path template as a regular expression: {@code {name}} is one segment, {@code {name:re}} is re. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                int next = template.indexOf('{', i);
                String literal = template.substring(i, next < 0 ? template.length() : next);
                regex.append(Pattern.quote(literal));
                i += literal.length();
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < template.length(); end++) {
                char d = template.charAt(end);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            String variable = template.substring(i + 1, end);
            int colon = variable.indexOf(':');
            regex.append(
                    colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1).trim() + ")");
            i = end + 1;
        }
        return Pattern.compile(regex.toString());
    }

    /** What the GET operations matching a path understand; null when no operation matches. */
    public Known known(String path) {
        Map<String, Boolean> parameters = new TreeMap<>();
        Set<String> headers = new LinkedHashSet<>();
        boolean matched = false;
        for (Route route : routes) {
            if (!path.startsWith(route.literalPrefix())
                    || !route.path().matcher(path).matches()) {
                continue;
            }
            if (route.parameters() == null) {
                return new Known(null, List.of());
            }
            matched = true;
            route.parameters().forEach((name, multi) -> parameters.merge(name, multi, Boolean::logicalOr));
            headers.addAll(route.headers());
        }
        return matched ? new Known(parameters, List.copyOf(headers)) : null;
    }

    /**
     * The query parameters of a raw query string that the path's operations know, decoded and
     * sorted by name (a single-valued one keeps its first value, as JAX-RS does); null when the
     * path is unknown or the query cannot be decoded.
     */
    public static List<Map.Entry<String, String>> canonical(Known known, String rawQuery) {
        if (known == null || known.parameters() == null) {
            return null;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return kept;
        }
        Set<String> seen = new LinkedHashSet<>();
        try {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                Boolean multi = known.parameters().get(name);
                if (multi == null || (!multi && !seen.add(name))) {
                    continue;
                }
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                Map.Entry<String, String> parameter = Map.entry(name, name.equals("fields") ? fieldSet(value) : value);
                if (!multi || !kept.contains(parameter)) { // include=x&include=x asks what include=x asks
                    kept.add(parameter);
                }
            }
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        kept.sort(Comparator.comparing(Map.Entry::getKey)); // stable: values of one name keep their order
        return kept;
    }

    /** {@code fields} as a set: {@code b,a,a} and {@code a,b} select the same answer. */
    private static String fieldSet(String value) {
        return String.join(
                ",",
                new java.util.TreeSet<>(Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(name -> !name.isEmpty())
                        .toList()));
    }

    /** Parameters as a query string, without the {@code ?}. */
    public static String query(List<Map.Entry<String, String>> parameters) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
        }
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
