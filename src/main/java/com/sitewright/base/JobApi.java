package com.sitewright.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose methods are for jobs, migrations and listeners: they run without a signed-in user and
 * check no access, so callers pass project IDs they got from a checked request. Views and REST controllers
 * call the secured services instead.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface JobApi {}
