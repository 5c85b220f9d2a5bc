package org.recouvrement.benchmarks;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.recouvrement.calendar.Calendars;
import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHolidayCalendar;

/**
 * Benchmark 1: the holiday check and the move to the next working day (CPC art. 642), the library's French calendar
 * side by side with jollyday's {@code HolidayManager} on the same 1,024 dates (1990-2060). The ratio of the two
 * scores is the figure the issue asks for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkingDayBenchmark {

    private static final int DATES = 1024;

    private final LocalDate[] dates = new LocalDate[DATES];
    private PublicHolidayCalendar france;
    private HolidayManager jollyday;

    /** Picks the dates and warms both calendars' caches over the whole range. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(642);
        LocalDate first = LocalDate.of(1990, 1, 1);
        for (int i = 0; i < DATES; i++) {
            dates[i] = first.plusDays(random.nextInt(70 * 365));
        }
        france = Calendars.forTerritory(Territory.METROPOLITAN_FRANCE);
        jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));
        for (LocalDate date : dates) {
            france.isPublicHoliday(date);
            jollyday.isHoliday(date);
        }
    }

    /**
     * The library: is each date a public holiday?
     *
     * @param sink the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void holidayCheckLibrary(Blackhole sink) {
        for (LocalDate date : dates) {
            sink.consume(france.isPublicHoliday(date));
        }
    }

    /**
     * jollyday: is each date a holiday?
     *
     * @param sink the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void holidayCheckJollyday(Blackhole sink) {
        for (LocalDate date : dates) {
            sink.consume(jollyday.isHoliday(date));
        }
    }

    /**
     * The library: the first working day on or after each date.
     *
     * @param sink the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void nextWorkingDayLibrary(Blackhole sink) {
        for (LocalDate date : dates) {
            LocalDate day = date;
            while (france.isNonWorkingDay(day)) {
                day = day.plusDays(1);
            }
            sink.consume(day);
        }
    }

    /**
     * jollyday: the same move, with its {@code isHoliday} in the loop.
     *
     * @param sink the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void nextWorkingDayJollyday(Blackhole sink) {
        for (LocalDate date : dates) {
            LocalDate day = date;
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || jollyday.isHoliday(day)) {
                day = day.plusDays(1);
            }
            sink.consume(day);
        }
    }
}
