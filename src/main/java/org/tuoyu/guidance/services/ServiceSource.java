package org.tuoyu.guidance.services;

/** What a recorded guidance service came from: a session attended or a course completed. */
public enum ServiceSource {
	SESSION, COURSE
}
