package org.tuoyu.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a locked data directory into a clear start-up message instead of a stack trace.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(
				"数据目录 " + cause.dataDirectory().toAbsolutePath().normalize()
						+ " 正被另一个 Tuoyu 实例使用 (the data directory is in use by another Tuoyu instance).",
				"先停止另一个实例，或用 TUOYU_DATABASE_EMBEDDED_DATA_DIRECTORY 指定另一个目录，"
						+ "或用 SPRING_DATASOURCE_URL 连接外部 PostgreSQL。"
						+ " (Stop the other instance, choose another directory, or use an external PostgreSQL.)",
				cause);
	}
}
