package com.sitewright.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the studio's HTTP APIs ({@code /api/v1} and the delivery API). Their errors are answered
 * as problem documents by {@link ApiExceptionHandler} and the features' own problem handlers; other controllers
 * (asset files, the site proxy) keep Spring's defaults.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RestApi {}
