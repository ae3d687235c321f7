/**
 * Web adapters of guidance providers, commissions, sessions and bookings: pages for officers
 * ({@code /admin/guidance/**}), providers' workers ({@code /provider/guidance/**}) and families
 * ({@code /family/guidance/**}), and the JSON API under {@code /api/v1/guidance/**}.
 */
package org.tuoyu.guidance.sessions.web;
