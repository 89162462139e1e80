package it.orienta.monitoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * What the pages, the CSV and the API show: a stored count, or a rate derived from two counts of the same scope
 * (so a centre's rate weighs each meeting once, never averages its operators' rates). A missing count is zero; a
 * rate over nothing and a median of nothing are {@code null} (shown as "—").
 */
public enum Metric {
    TAKEN_IN_CHARGE,
    CLOSED,
    PSP_SIGNED,
    PSP_DAYS_MEDIAN,
    PSP_WITHIN_30_PERCENT,
    MEETINGS,
    MEETINGS_WITHIN,
    MEETINGS_OVER,
    MEETINGS_UNDER,
    NO_SHOW_PERCENT,
    PROFILED_PERCENT,
    PLAN_ITEMS_DUE,
    PLAN_ITEMS_OVERDUE,
    REFERRALS_OVERDUE,
    CVS_VALID,
    CVS_EXPIRING,
    CVS_OBSOLETE,
    TRANSFERS_REQUESTED,
    TRANSFERS_PENDING,
    TRANSFERS_FAILED,
    PROPOSALS,
    HIRES,
    PATHWAYS_CLOSED,
    PATHWAY_GOAL_DEFINED_PERCENT,
    PATHWAY_ABLE_TO_PLAN_PERCENT,
    PATHWAY_ACTIVATED_PERCENT,
    PATHWAY_SKILLS_SHOWN_PERCENT,
    PATHWAY_REFERRED_PERCENT,
    SESSIONS_HELD,
    SESSION_FILL_PERCENT;

    /** The metric's value from one scope's stored figures. */
    BigDecimal of(Map<Indicator, BigDecimal> f) {
        return switch (this) {
            case TAKEN_IN_CHARGE -> count(f, Indicator.TAKEN_IN_CHARGE);
            case CLOSED -> count(f, Indicator.CLOSED);
            case PSP_SIGNED -> count(f, Indicator.PSP_SIGNED);
            case PSP_DAYS_MEDIAN -> f.get(Indicator.PSP_DAYS_MEDIAN);
            case PSP_WITHIN_30_PERCENT ->
                Rules.percent(
                        f.get(Indicator.PSP_WITHIN_30) == null ? BigDecimal.ZERO : f.get(Indicator.PSP_WITHIN_30),
                        f.get(Indicator.PSP_SIGNED));
            case MEETINGS -> count(f, Indicator.MEETINGS);
            case MEETINGS_WITHIN -> count(f, Indicator.MEETINGS_WITHIN);
            case MEETINGS_OVER -> count(f, Indicator.MEETINGS_OVER);
            case MEETINGS_UNDER -> count(f, Indicator.MEETINGS_UNDER);
            case NO_SHOW_PERCENT -> Rules.percent(count(f, Indicator.MEETINGS_ABSENT), f.get(Indicator.MEETINGS));
            case PROFILED_PERCENT -> Rules.percent(count(f, Indicator.PROFILED), f.get(Indicator.TAKEN_IN_CHARGE));
            case PLAN_ITEMS_DUE -> count(f, Indicator.PLAN_ITEMS_DUE);
            case PLAN_ITEMS_OVERDUE -> count(f, Indicator.PLAN_ITEMS_OVERDUE);
            case REFERRALS_OVERDUE -> count(f, Indicator.REFERRALS_OVERDUE);
            case CVS_VALID -> count(f, Indicator.CVS_VALID);
            case CVS_EXPIRING -> count(f, Indicator.CVS_EXPIRING);
            case CVS_OBSOLETE -> count(f, Indicator.CVS_OBSOLETE);
            case TRANSFERS_REQUESTED -> count(f, Indicator.TRANSFERS_REQUESTED);
            case TRANSFERS_PENDING -> count(f, Indicator.TRANSFERS_PENDING);
            case TRANSFERS_FAILED -> count(f, Indicator.TRANSFERS_FAILED);
            case PROPOSALS -> count(f, Indicator.PROPOSALS);
            case HIRES -> count(f, Indicator.HIRES);
            case PATHWAYS_CLOSED -> count(f, Indicator.PATHWAYS_CLOSED);
            case PATHWAY_GOAL_DEFINED_PERCENT -> pathways(f, Indicator.PATHWAY_GOAL_DEFINED);
            case PATHWAY_ABLE_TO_PLAN_PERCENT -> pathways(f, Indicator.PATHWAY_ABLE_TO_PLAN);
            case PATHWAY_ACTIVATED_PERCENT -> pathways(f, Indicator.PATHWAY_ACTIVATED);
            case PATHWAY_SKILLS_SHOWN_PERCENT -> pathways(f, Indicator.PATHWAY_SKILLS_SHOWN);
            case PATHWAY_REFERRED_PERCENT -> pathways(f, Indicator.PATHWAY_REFERRED);
            case SESSIONS_HELD -> count(f, Indicator.SESSIONS_HELD);
            case SESSION_FILL_PERCENT ->
                Rules.percent(count(f, Indicator.SESSION_ENROLLED), f.get(Indicator.SESSION_PLACES));
        };
    }

    /** Whether it is a percentage (the CSV's header and the pages' unit say so). */
    public boolean percent() {
        return name().endsWith("_PERCENT");
    }

    /** Whether its owner's data names an operator: the others are the centre's only (no column per operator). */
    public boolean perOperator() {
        return switch (this) {
            case REFERRALS_OVERDUE,
                    CVS_VALID,
                    CVS_EXPIRING,
                    CVS_OBSOLETE,
                    TRANSFERS_REQUESTED,
                    TRANSFERS_PENDING,
                    TRANSFERS_FAILED -> false;
            default -> true;
        };
    }

    /** The metrics of the table per operator, in order. */
    static java.util.List<Metric> forOperators() {
        return java.util.Arrays.stream(values()).filter(Metric::perOperator).toList();
    }

    /**
     * The coordinator's list behind the figure (their own centre's pages, which apply the record-access policy), or
     * {@code null} when no list shows exactly those records yet.
     */
    public String link(YearMonth month) {
        return switch (this) {
            case TAKEN_IN_CHARGE, PROFILED_PERCENT -> "/centre/intakes";
            case MEETINGS -> "/centre/compliance?month=" + month;
            case MEETINGS_WITHIN -> "/centre/compliance?month=" + month + "&compliance=WITHIN";
            case MEETINGS_OVER -> "/centre/compliance?month=" + month + "&compliance=OVER_MAXIMUM";
            case MEETINGS_UNDER -> "/centre/compliance?month=" + month + "&compliance=UNDER_MINIMUM";
            case REFERRALS_OVERDUE -> "/centre/referrals?overdue=true";
            case CVS_EXPIRING -> "/cv/expiring";
            case SESSIONS_HELD -> "/sessions?from=" + month.atDay(1);
            default -> null;
        };
    }

    /** The share of the closed pathways with an outcome (a pathway may have several: the shares do not add up). */
    private static BigDecimal pathways(Map<Indicator, BigDecimal> f, Indicator outcome) {
        return Rules.percent(count(f, outcome), f.get(Indicator.PATHWAYS_CLOSED));
    }

    private static BigDecimal count(Map<Indicator, BigDecimal> f, Indicator i) {
        return f.getOrDefault(i, BigDecimal.ZERO);
    }
}
