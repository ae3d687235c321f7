/**
 * Family: guardians' own accounts (registered with a mobile number), their children, co-guardians
 * who accept an invitation, authorised pick-up persons and consents. A guardian sees only the
 * children they are a guardian of.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family")
package org.tuoyu.family;
