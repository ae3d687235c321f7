package org.tuoyu.guidance.register;

/**
 * What a guardian may correct on the family's register entry: the community the child lives in
 * (after a move within the city) and the guardian contact.
 *
 * @param communityCode the community (village) of residence, 12 digits, in the same city
 * @param guardianName the guardian's name
 * @param guardianPhone the guardian's mobile number
 */
public record GuardianCorrection(String communityCode, String guardianName, String guardianPhone) {
}
