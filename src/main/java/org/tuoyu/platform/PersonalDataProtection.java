package org.tuoyu.platform;

/**
 * Protects personal identifiers (resident ID numbers, phone numbers) at rest: authenticated
 * encryption for the value and a keyed blind index for exact lookups such as "is this person
 * already registered" or "is this person banned". A purpose string (e.g. {@code "resident-id"})
 * binds each ciphertext and index to what it holds, so values cannot be swapped between columns.
 */
public interface PersonalDataProtection {

	/** Encrypts a value for storage. */
	byte[] encrypt(String purpose, String value);

	/** Decrypts a stored value; fails if it was altered or encrypted for another purpose. */
	String decrypt(String purpose, byte[] stored);

	/** A deterministic keyed digest of a normalised value, for equality lookups only. */
	byte[] blindIndex(String purpose, String normalisedValue);
}
