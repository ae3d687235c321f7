package org.tuoyu.guidance.sessions;

import java.util.List;

/**
 * A provider with its documents and the commissions the reader may see.
 *
 * @param provider the provider
 * @param documents its qualification documents
 * @param commissions its commissions
 * @param canManage whether the reader may upload documents and create workers' accounts
 */
public record ProviderDetail(Provider provider, List<ProviderDocument> documents, List<Commission> commissions,
		boolean canManage) {
}
