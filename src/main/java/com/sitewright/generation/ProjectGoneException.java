package com.sitewright.generation;

/** The run's row vanished with its project (deletion cascades): nothing left to do. */
final class ProjectGoneException extends RuntimeException {}
