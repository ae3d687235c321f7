package org.tuoyu.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.tuoyu.platform.PersonalDataProtection;

/**
 * AES-256-GCM with a random 96-bit nonce per value and the purpose as associated data; blind
 * indexes are HMAC-SHA256 over purpose and value. Encryption and index keys are derived from one
 * master key (HMAC-SHA256 with distinct labels), so the index never reveals the encryption key.
 * Stored form: version byte {@code 1}, nonce, ciphertext with tag.
 */
final class AesGcmProtection implements PersonalDataProtection {

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec indexKey;

	private final SecureRandom random = new SecureRandom();

	// Looking up a Cipher or Mac costs more than using it: each thread keeps its own, set up anew for
	// every value (a GCM cipher needs a fresh nonce anyway; a Mac resets after doFinal).
	private final ThreadLocal<Cipher> ciphers;

	private final ThreadLocal<Mac> indexMacs;

	AesGcmProtection(byte[] masterKey) {
		if (masterKey.length != 32) {
			throw new IllegalArgumentException("The data key must be 32 bytes, not " + masterKey.length);
		}
		this.encryptionKey = new SecretKeySpec(derive(masterKey, "tuoyu personal data encryption"), "AES");
		this.indexKey = new SecretKeySpec(derive(masterKey, "tuoyu personal data blind index"), "HmacSHA256");
		this.ciphers = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
		this.indexMacs = ThreadLocal.withInitial(() -> instance(() -> {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return mac;
		}));
	}

	@Override
	public byte[] encrypt(String purpose, String value) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	@Override
	public String decrypt(String purpose, byte[] stored) {
		if (stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
			throw new IllegalArgumentException("Not a protected value of version " + VERSION);
		}
		try {
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A protected value could not be decrypted (wrong key or altered data)", ex);
		}
	}

	@Override
	public byte[] blindIndex(String purpose, String normalisedValue) {
		Mac mac = indexMacs.get();
		mac.update(purpose.getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 0);
		return mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
	}

	/** A JCA object the platform's JDK always provides. */
	private interface Lookup<T> {

		T get() throws GeneralSecurityException;
	}

	private static <T> T instance(Lookup<T> lookup) {
		try {
			return lookup.get();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK lacks AES-GCM or HMAC-SHA256", ex);
		}
	}

	private static byte[] derive(byte[] master, String label) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(master, "HmacSHA256"));
			return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
