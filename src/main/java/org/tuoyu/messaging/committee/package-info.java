/**
 * Parents' committee (家长委员会) and public commitments: the institution invites guardians of its
 * children to its committee with a role (主任, 副主任, 委员), a guardian accepts or declines on the
 * phone; it records the minutes of meetings, read by its families; and it publishes its house rules
 * (规章制度), service commitments (服务承诺) and fee notes (收费说明), shown on its public disclosure
 * page through the institution module's {@link org.tuoyu.institution.DisclosureSection}.
 */
package org.tuoyu.messaging.committee;
