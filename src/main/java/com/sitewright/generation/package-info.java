/** Turning a prompt into a project: model, items and images, as resumable jobs with progress. */
package com.sitewright.generation;
