package com.newsdesk.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request headers, besides {@code Accept-Encoding}, that a public read's answer depends on
 * (such as {@code Accept-Language} for an operation that negotiates its language). They are part
 * of its read-cache key and named in its {@code Vary} header.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Varies {
    String[] value();
}
