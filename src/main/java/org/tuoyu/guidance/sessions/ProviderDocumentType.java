package org.tuoyu.guidance.sessions;

/** The qualification documents a guidance provider files. */
public enum ProviderDocumentType {

	/** 营业执照或登记证书 */
	LICENCE,
	/** 医疗机构执业许可证 */
	MEDICAL_LICENCE,
	/** 育儿指导服务资质或人员资格证明 */
	QUALIFICATION,
	/** 其他材料 */
	OTHER;

	/** The message key of the type's name. */
	public String messageKey() {
		return "guidance.sessions.document.type." + name();
	}
}
