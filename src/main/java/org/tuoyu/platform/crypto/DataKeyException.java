package org.tuoyu.platform.crypto;

/** The personal-data key is missing or malformed: the application does not start. */
class DataKeyException extends IllegalStateException {

	DataKeyException(String message) {
		super(message);
	}
}
