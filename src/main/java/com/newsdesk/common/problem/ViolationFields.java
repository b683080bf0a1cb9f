package com.newsdesk.common.problem;

import com.newsdesk.common.problem.Problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Turns Bean Validation paths such as {@code create.input.body[1].type} into the path the client
 * sent ({@code body[1].type}), and a violated query parameter into its HTTP name ({@code limit}),
 * never a Java method or parameter name.
 */
public final class ViolationFields {

    /** The field name used when the whole body is missing or invalid as a whole. */
    static final String WHOLE_BODY = "(body)";

    private ViolationFields() {}

    static boolean isReturnValueViolation(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .anyMatch(v -> contains(v.getPropertyPath(), ElementKind.RETURN_VALUE));
    }

    /** Field errors of a bean validated by hand: paths are the bean's own property paths. */
    public static List<FieldError> of(java.util.Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(field(v, null), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    static List<FieldError> fieldErrors(ConstraintViolationException e, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        return e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v, method), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    private static String field(ConstraintViolation<?> violation, Method method) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                case PARAMETER ->
                    field.append(
                            httpName(method, node.as(Path.ParameterNode.class).getParameterIndex(), node.getName()));
                case CONTAINER_ELEMENT -> appendIndex(field, node);
                default -> {
                    appendIndex(field, node);
                    if (node.getName() != null) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() ? WHOLE_BODY : field.toString();
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (!node.isInIterable()) {
            return;
        }
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
            field.append('[').append(position).append(']');
        }
    }

    /** The HTTP name of a resource method parameter, or "" for the request body. */
    private static String httpName(Method method, int index, String javaName) {
        if (method == null || index >= method.getParameterCount()) {
            return javaName;
        }
        for (Annotation annotation : method.getParameterAnnotations()[index]) {
            String name = annotationName(annotation);
            if (name != null) {
                return name.isEmpty() ? javaName : name;
            }
        }
        return "";
    }

    private static String annotationName(Annotation a) {
        if (a instanceof QueryParam q) return q.value();
        if (a instanceof PathParam p) return p.value();
        if (a instanceof HeaderParam h) return h.value();
        if (a instanceof FormParam f) return f.value();
        if (a instanceof CookieParam c) return c.value();
        if (a instanceof RestQuery q) return q.value();
        if (a instanceof RestPath p) return p.value();
        if (a instanceof RestHeader h) return h.value();
        if (a instanceof RestForm f) return f.value();
        if (a instanceof RestCookie c) return c.value();
        return null;
    }

    private static boolean contains(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }
}
