/**
 * Public holidays and working days (<i>jours fériés, jours ouvrables</i>) per territory, as CPC art. 642 and Code
 * judiciaire art. 53 use them: {@link org.recouvrement.calendar.Calendars} gives the built-in calendar of each
 * French territory whose holidays the library knows and of Belgium, valid from
 * {@value org.recouvrement.calendar.Calendars#FIRST_SUPPORTED_YEAR} to
 * {@value org.recouvrement.calendar.Calendars#LAST_SUPPORTED_YEAR}, and combines them with an integrator's own
 * {@link org.recouvrement.spi.PublicHolidayCalendar}.
 */
package org.recouvrement.calendar;
