/* ama-enums.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (AMA_INSIDE) && !defined (AMA_COMPILATION)
# error "Only <ama.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* Each enum is written one value a line: glib-mkenums only sees enums in
 * that form, and the nicks it derives ("partially-accepted") are the
 * stable names the JSON format uses. Append new values; never reorder. */

/**
 * AmaDecision:
 * @AMA_DECISION_PENDING: no decision is recorded
 * @AMA_DECISION_ACCEPTED: the recommendation is accepted (agreed)
 * @AMA_DECISION_PARTIALLY_ACCEPTED: accepted in part
 * @AMA_DECISION_REJECTED: rejected (not agreed)
 * @AMA_DECISION_DEFERRED: deferred, to be reconsidered later
 * @AMA_DECISION_NOTED: noted, without accepting or rejecting
 *
 * The executive's decision on a recommendation.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_DECISION_PENDING,
  AMA_DECISION_ACCEPTED,
  AMA_DECISION_PARTIALLY_ACCEPTED,
  AMA_DECISION_REJECTED,
  AMA_DECISION_DEFERRED,
  AMA_DECISION_NOTED,
} AmaDecision;

/**
 * AmaReviewStatus:
 * @AMA_REVIEW_STATUS_DRAFT: being scoped
 * @AMA_REVIEW_STATUS_IN_PROGRESS: the review group is taking evidence
 * @AMA_REVIEW_STATUS_REPORTED: recommendations reported, no response yet
 * @AMA_REVIEW_STATUS_RESPONDED: the executive has responded
 * @AMA_REVIEW_STATUS_MONITORING: the committee is monitoring delivery
 * @AMA_REVIEW_STATUS_CLOSED: every recommendation is closed
 *
 * Where a review is in its life.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_REVIEW_STATUS_DRAFT,
  AMA_REVIEW_STATUS_IN_PROGRESS,
  AMA_REVIEW_STATUS_REPORTED,
  AMA_REVIEW_STATUS_RESPONDED,
  AMA_REVIEW_STATUS_MONITORING,
  AMA_REVIEW_STATUS_CLOSED,
} AmaReviewStatus;

/**
 * AmaArrangement:
 * @AMA_ARRANGEMENT_IN_HOUSE: traditional in-house local authority services
 * @AMA_ARRANGEMENT_PRACTICE_PARTNER: a partner in practice (peer council)
 * @AMA_ARRANGEMENT_TRUST: an independent (e.g. DfE) children's trust
 * @AMA_ARRANGEMENT_COMMUNITY_INTEREST_COMPANY: a community interest company
 * @AMA_ARRANGEMENT_WHOLLY_OWNED_COMPANY: a company wholly owned by the council
 * @AMA_ARRANGEMENT_AGENCY_ARRANGEMENT: services run by another council as agent
 * @AMA_ARRANGEMENT_SECTOR_LED_IMPROVEMENT: sector-led improvement
 * @AMA_ARRANGEMENT_INTERVENTION: government intervention (e.g. a commissioner)
 * @AMA_ARRANGEMENT_OTHER: anything else; see the verbatim note
 *
 * An alternative management arrangement for a council service.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_ARRANGEMENT_IN_HOUSE,
  AMA_ARRANGEMENT_PRACTICE_PARTNER,
  AMA_ARRANGEMENT_TRUST,
  AMA_ARRANGEMENT_COMMUNITY_INTEREST_COMPANY,
  AMA_ARRANGEMENT_WHOLLY_OWNED_COMPANY,
  AMA_ARRANGEMENT_AGENCY_ARRANGEMENT,
  AMA_ARRANGEMENT_SECTOR_LED_IMPROVEMENT,
  AMA_ARRANGEMENT_INTERVENTION,
  AMA_ARRANGEMENT_OTHER,
} AmaArrangement;

/**
 * AmaDeadlineKind:
 * @AMA_DEADLINE_KIND_UNPARSED: the text could not be understood
 * @AMA_DEADLINE_KIND_DATE: a calendar date ("31/03/2018")
 * @AMA_DEADLINE_KIND_MONTH: a month, due at its end ("March 2018")
 * @AMA_DEADLINE_KIND_QUARTER: a financial-year quarter ("Q3 2018/19")
 * @AMA_DEADLINE_KIND_FINANCIAL_YEAR: a financial year, due 31 March ("2018/19")
 * @AMA_DEADLINE_KIND_RECURRING: a recurring action ("Annual Participation")
 * @AMA_DEADLINE_KIND_ONGOING: continuous, with no due date ("Ongoing")
 * @AMA_DEADLINE_KIND_IMMEDIATE: due at once ("Immediate")
 * @AMA_DEADLINE_KIND_NOT_APPLICABLE: no deadline applies ("N/A", "-")
 *
 * How the text of an "action by" deadline was understood.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_DEADLINE_KIND_UNPARSED,
  AMA_DEADLINE_KIND_DATE,
  AMA_DEADLINE_KIND_MONTH,
  AMA_DEADLINE_KIND_QUARTER,
  AMA_DEADLINE_KIND_FINANCIAL_YEAR,
  AMA_DEADLINE_KIND_RECURRING,
  AMA_DEADLINE_KIND_ONGOING,
  AMA_DEADLINE_KIND_IMMEDIATE,
  AMA_DEADLINE_KIND_NOT_APPLICABLE,
} AmaDeadlineKind;

/**
 * AmaRecurrence:
 * @AMA_RECURRENCE_NONE: does not recur
 * @AMA_RECURRENCE_WEEKLY: every week
 * @AMA_RECURRENCE_MONTHLY: every month
 * @AMA_RECURRENCE_QUARTERLY: every quarter
 * @AMA_RECURRENCE_YEARLY: every year
 *
 * The period of a recurring deadline.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_RECURRENCE_NONE,
  AMA_RECURRENCE_WEEKLY,
  AMA_RECURRENCE_MONTHLY,
  AMA_RECURRENCE_QUARTERLY,
  AMA_RECURRENCE_YEARLY,
} AmaRecurrence;

/**
 * AmaMemberRole:
 * @AMA_MEMBER_ROLE_MEMBER: an ordinary member
 * @AMA_MEMBER_ROLE_CHAIR: the Chair
 * @AMA_MEMBER_ROLE_VICE_CHAIR: the Vice-Chair
 * @AMA_MEMBER_ROLE_CO_OPTED: a co-opted (non-voting) member
 * @AMA_MEMBER_ROLE_OFFICER: a supporting officer
 * @AMA_MEMBER_ROLE_OTHER: another role, e.g. a guest or witness
 *
 * A person's role in a group or at a meeting.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_MEMBER_ROLE_MEMBER,
  AMA_MEMBER_ROLE_CHAIR,
  AMA_MEMBER_ROLE_VICE_CHAIR,
  AMA_MEMBER_ROLE_CO_OPTED,
  AMA_MEMBER_ROLE_OFFICER,
  AMA_MEMBER_ROLE_OTHER,
} AmaMemberRole;

/**
 * AmaProgress:
 * @AMA_PROGRESS_NOT_STARTED: no work has started
 * @AMA_PROGRESS_IN_PROGRESS: work is under way
 * @AMA_PROGRESS_COMPLETED: delivered
 * @AMA_PROGRESS_NOT_ACHIEVED: closed without being delivered
 * @AMA_PROGRESS_SUPERSEDED: overtaken by events
 * @AMA_PROGRESS_PAUSED: work has stopped for now and is expected to
 *   resume (still outstanding). Since: 1.2
 * @AMA_PROGRESS_NO_LONGER_FEASIBLE: closed because it can no longer be
 *   delivered; the update's note gives the reason. Since: 1.2
 * @AMA_PROGRESS_IMPLEMENTED: closed as implemented, as audit trackers
 *   close a recommendation after checking it. Since: 1.2
 * @AMA_PROGRESS_NOT_IMPLEMENTED: closed as not implemented after
 *   follow-up. Since: 1.2
 *
 * The delivery status of a recommendation, in the words scrutiny and
 * audit trackers use. Paused is the one status besides not started and
 * in progress that keeps a recommendation outstanding; completed,
 * implemented, not achieved, not implemented, no longer feasible and
 * superseded close it.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_PROGRESS_NOT_STARTED,
  AMA_PROGRESS_IN_PROGRESS,
  AMA_PROGRESS_COMPLETED,
  AMA_PROGRESS_NOT_ACHIEVED,
  AMA_PROGRESS_SUPERSEDED,
  AMA_PROGRESS_PAUSED,
  AMA_PROGRESS_NO_LONGER_FEASIBLE,
  AMA_PROGRESS_IMPLEMENTED,
  AMA_PROGRESS_NOT_IMPLEMENTED,
} AmaProgress;

/**
 * AmaVisitMode:
 * @AMA_VISIT_MODE_IN_PERSON: a visit in person
 * @AMA_VISIT_MODE_TELECONFERENCE: a telephone or video conference
 *
 * How a visit took place.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_VISIT_MODE_IN_PERSON,
  AMA_VISIT_MODE_TELECONFERENCE,
} AmaVisitMode;

/**
 * AmaDocumentKind:
 * @AMA_DOCUMENT_KIND_OTHER: any other document
 * @AMA_DOCUMENT_KIND_REPORT: the review's report
 * @AMA_DOCUMENT_KIND_APPENDIX: an appendix
 * @AMA_DOCUMENT_KIND_ANNEX: an annex
 * @AMA_DOCUMENT_KIND_BACKGROUND_PAPER: a background paper
 * @AMA_DOCUMENT_KIND_SUMMARY_SHEET: a report's summary (cover) sheet
 * @AMA_DOCUMENT_KIND_MINUTES: minutes of a meeting
 * @AMA_DOCUMENT_KIND_RESPONSE: the executive's response
 *
 * What kind of document a [class@Ama.Document] is.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_DOCUMENT_KIND_OTHER,
  AMA_DOCUMENT_KIND_REPORT,
  AMA_DOCUMENT_KIND_APPENDIX,
  AMA_DOCUMENT_KIND_ANNEX,
  AMA_DOCUMENT_KIND_BACKGROUND_PAPER,
  AMA_DOCUMENT_KIND_SUMMARY_SHEET,
  AMA_DOCUMENT_KIND_MINUTES,
  AMA_DOCUMENT_KIND_RESPONSE,
} AmaDocumentKind;

/**
 * AmaMeetingKind:
 * @AMA_MEETING_KIND_OTHER: any other meeting
 * @AMA_MEETING_KIND_REVIEW_GROUP: a meeting of the review group
 * @AMA_MEETING_KIND_WORKSHOP: a workshop
 * @AMA_MEETING_KIND_VISITS: a programme of visits or calls
 * @AMA_MEETING_KIND_BOARD: a board, e.g. an improvement board
 * @AMA_MEETING_KIND_COMMITTEE: a committee or commission
 * @AMA_MEETING_KIND_CABINET: the Cabinet
 * @AMA_MEETING_KIND_COUNCIL: full Council
 *
 * What kind of meeting a [class@Ama.Meeting] is.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_MEETING_KIND_OTHER,
  AMA_MEETING_KIND_REVIEW_GROUP,
  AMA_MEETING_KIND_WORKSHOP,
  AMA_MEETING_KIND_VISITS,
  AMA_MEETING_KIND_BOARD,
  AMA_MEETING_KIND_COMMITTEE,
  AMA_MEETING_KIND_CABINET,
  AMA_MEETING_KIND_COUNCIL,
} AmaMeetingKind;

/**
 * AmaSeverity:
 * @AMA_SEVERITY_INFO: for information: a repair or an observation
 * @AMA_SEVERITY_WARNING: probably wrong, worth a look
 * @AMA_SEVERITY_ERROR: wrong: the document breaks a rule
 *
 * How serious an [class@Ama.Diagnostic] is.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_SEVERITY_INFO,
  AMA_SEVERITY_WARNING,
  AMA_SEVERITY_ERROR,
} AmaSeverity;

/**
 * AmaPeriodUnit:
 * @AMA_PERIOD_UNIT_DAYS: days
 * @AMA_PERIOD_UNIT_WEEKS: weeks (seven days)
 * @AMA_PERIOD_UNIT_MONTHS: calendar months
 *
 * The unit of a period of time such as the executive's response period
 * (see [method@Ama.Review.get_response_due]).
 *
 * Since: 1.2
 */
typedef enum
{
  AMA_PERIOD_UNIT_DAYS,
  AMA_PERIOD_UNIT_WEEKS,
  AMA_PERIOD_UNIT_MONTHS,
} AmaPeriodUnit;

G_END_DECLS
