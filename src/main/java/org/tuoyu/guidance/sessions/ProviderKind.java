package org.tuoyu.guidance.sessions;

/** What a guidance provider is. */
public enum ProviderKind {

	/** 妇幼保健机构 */
	MATERNAL_CHILD_HEALTH,
	/** 社区卫生服务中心 */
	COMMUNITY_HEALTH_CENTRE,
	/** 示范性托育机构 */
	DEMONSTRATION_INSTITUTION,
	/** 受委托的服务企业或社会组织 */
	COMMISSIONED_COMPANY;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "guidance.sessions.provider.kind." + name();
	}
}
