package org.tuoyu.platform.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a missing or malformed personal-data key at start-up instead of a stack trace. */
class DataKeyFailureAnalyzer extends AbstractFailureAnalyzer<DataKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataKeyException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"设置 TUOYU_DATA_KEY 为 32 字节的 Base64 密钥（例如 `openssl rand -base64 32` 生成，并与数据库一同备份）；"
						+ "已有数据必须使用写入时的同一密钥。"
						+ " (Set TUOYU_DATA_KEY to 32 bytes of Base64, e.g. from `openssl rand -base64 32`, and back it up"
						+ " with the database; existing data need the key they were written with.)",
				cause);
	}
}
