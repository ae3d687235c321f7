/**
 * Guidance providers, commissions, sessions and bookings: administrators register the providers
 * (育儿指导机构) and counties, streets and communities commission them (委托); the providers' workers
 * run sessions inside a commission's area and period; guardians book them for their children (a
 * seat or the waitlist), check in with the session's QR code and rate them; communities plan home
 * visits and invite the home-cared children below their free quota. Every attendance is recorded
 * once in the ledger of guidance services.
 */
package org.tuoyu.guidance.sessions;
