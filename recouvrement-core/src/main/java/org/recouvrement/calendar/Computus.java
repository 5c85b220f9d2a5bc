package org.recouvrement.calendar;

import java.time.LocalDate;

/**
 * Easter Sunday in the Gregorian calendar (<i>comput</i>), by the anonymous algorithm published by Meeus, Jones and
 * Butcher. Valid for every Gregorian year; the movable holidays are counted from it (Good Friday -2, Easter Monday
 * +1, Ascension +39, Whit Monday +50).
 */
final class Computus {

    private Computus() {
    }

    /**
     * Returns Easter Sunday of a Gregorian year.
     *
     * @param year the year, 1583 or later
     * @return the date of Easter Sunday
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(year, n / 31, n % 31 + 1);
    }
}
