// What Roster says, as a planner reads it: every message id (engine/message_ids.h) has its text
// in English and in French (present/catalogue_*.cpp), and renders with every place filled, the
// planner's own text exactly as written and numbers in the language's style
// (present/message_render.h). The last cases are the defects of the English-pattern translator
// these values replaced: a name that looked like Roster's words or numbers, or held a colon,
// came out mangled or left the sentence in English.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "document/document.h"
#include "document/plan_exchange.h"
#include "engine/scenarios.h"
#include "engine/validation.h"
#include "present/format.h"
#include "present/message_catalogue.h"
#include "present/message_render.h"
#include "present/overlap_row.h"
#include "present/share_text.h"
#include "storage/plan_file.h"
#include "support/bad_inputs.h"
#include "support/builders.h"

using namespace roster;
using namespace roster::present;

namespace {

using M = MessageId;

// Planner's texts that the old translator, which recognised English sentences by pattern, broke:
// a colon (read as the end of "Creator “…”:"), a word of its table, digits with a dot (read as a
// number to write the French way), quotes and a '#', a percent sign.
const std::string kColon = "Ben: Paris";
const std::string kWord = "Results";
const std::string kDotted = "2026.1";
const std::string kQuoted = "Q4 #1 \"final\"";
const std::string kPercent = "100%";
const std::string kFile = "Q4: final.roster.json";

constexpr double kMonday = 1'795'000'000;  // a moment, in Unix seconds

Message source_file() { return Message(M::SourceFile).text("file", kFile); }
Message fee_negative() { return Message(M::MoneyNegative).term("field", Term::FeePerPost); }
Message cut_short() { return Message(M::FileEndsEarly).integer("line", 64).integer("column", 28); }

// One message of every id, with arguments of the kinds the code that says it gives.
std::vector<Message> examples() {
    return {
        // engine
        Message(M::CreatorProblem).text("creator", kColon).nested("cause", fee_negative()),
        Message(M::NumberedCreatorProblem).text("id", "12345").nested("cause", Message(M::CreatorNeedsField).term("field", Term::AName)),
        Message(M::InScenario)
            .text("scenario", kWord)
            .nested("cause", Message(M::CreatorProblem).text("creator", kDotted).nested("cause", Message(M::FollowersTooFew))),
        Message(M::CreatorNeedsField).term("field", Term::AHandle),
        Message(M::FieldTooLong).term("field", Term::Name).integer("max", 200),
        Message(M::FieldNotText).term("field", Term::Handle),
        Message(M::PlatformUnknown),
        Message(M::FollowersTooFew),
        Message(M::FollowersTooMany).integer("max", 2'000'000'000),
        Message(M::ShareOutOfRange).term("field", Term::EngagementRate).percent("value", 1.005),
        Message(M::EngagementBasisMissing),
        Message(M::ViewsNegative),
        Message(M::ViewsTooMany).integer("max", 200'000'000'000),
        Message(M::ReachRateOutOfRange).percent("max", 50.0),
        Message(M::ProfileTooLong).integer("max", 300),
        Message(M::CountryCodeInvalid).text("code", kPercent),
        Message(M::CountryShareOutOfRange).text("code", "FR").percent("value", 1.2),
        Message(M::CountryTwice).text("code", "FR"),
        Message(M::CountriesOver100),
        Message(M::AgeBandsOver100),
        Message(M::GendersOver100),
        Message(M::InterestNameInvalid).integer("max", 100),
        Message(M::InterestTwice).text("interest", kQuoted),
        Message(M::TooManyDeliverables).integer("max", 20),
        Message(M::FormatUnknown),
        Message(M::PlatformLacksFormat).platform("platform", Platform::YouTube).format("format", Platform::YouTube, Format::Story),
        Message(M::PostsNegative),
        Message(M::TooManyPosts).integer("max", 1000),
        Message(M::MoneyNegative).term("field", Term::ProductValue),
        Message(M::MoneyTooLarge).term("field", Term::UsageRightsFee).integer("max", 100'000'000),
        Message(M::FrequencyCapOutOfRange).integer("max", 1000),
        Message(M::AmplificationNeedsPost),
        Message(M::AmplificationNeedsUniverse),
        Message(M::PlanNameInvalid).integer("max", 200),
        Message(M::CurrencyInvalid),
        Message(M::TiersUnordered),
        Message(M::BudgetTooLarge).integer("max", 10'000'000'000),
        Message(M::TargetUniverseOutOfRange).integer("max", 10'000'000'000),
        Message(M::TargetCountryTwice).text("code", "BE"),
        Message(M::TargetTooManyCountries).integer("max", 300),
        Message(M::TargetAgeBandUnknown),
        Message(M::TargetGenderUnknown),
        Message(M::BaselineUnknown),
        Message(M::RecommendationScaleOutOfRange).percent("value", 20.0),
        Message(M::AssumptionTwice).text("key", kDotted),
        Message(M::AssumptionOutOfRange).assumption("assumption", "engagement.sponsored_factor").decimal("min", 0.5).decimal("max", 2.5),
        Message(M::AssumptionOutOfRangeShare).assumption("assumption", "reach_rate.instagram.micro").percent("min", 0).percent("max", 5),
        Message(M::EngagementSharesOver100),
        Message(M::TooManyScenarios).integer("max", 8),
        Message(M::TooManyScenariosRemoveOne).integer("max", 8),
        Message(M::OpenScenarioMissing).integer("position", 4).integer("count", 3),
        Message(M::TooManyCreatorsInScenarios).integer("max", 20'000),
        Message(M::TooManyCreators).integer("max", 20'000),
        Message(M::ScenarioOtherCurrency).text("scenario", kWord).text("currency", "USD").text("plan_currency", "EUR"),
        Message(M::CreatorWithoutId),
        Message(M::CreatorIdTwice).text("id", "12345"),
        Message(M::ScenarioNeedsName),
        Message(M::ScenarioNameTooLong).integer("max", 60),
        Message(M::ScenarioNameTaken).text("name", kQuoted),
        Message(M::OverlapUnknownCreator).text("id", "99"),
        Message(M::OverlapWithSelf).text("creator", kColon),
        Message(M::OverlapTwice).text("first", kColon).text("second", kWord),
        Message(M::OverlapNegative).text("first", kDotted).text("second", kQuoted),
        Message(M::OverlapAboveSmaller).text("first", kColon).text("second", kPercent).percent("share", 1.2),
        Message(M::OverlapAboveFirst).text("first", kWord).text("second", kDotted).percent("share", 1.2),
        Message(M::OverlapAboveAudience)
            .text("first", kColon)
            .text("second", kWord)
            .integer("shared", 25'000)
            .text("smaller", kColon)
            .integer("has", 20'000),
        Message(M::OverlapsCannotHold)
            .text("a", kColon)
            .text("b", kWord)
            .text("c", kQuoted)
            .integer("ab", 40'000)
            .integer("ac", 40'000)
            .integer("bc", 1'000)
            .integer("least", 79'000)
            .integer("has", 48'000),
        Message(M::OverlapNotThisPair),
        // storage
        Message(M::FileTooLarge).bytes("size", 70.0 * 1024 * 1024).bytes("max", 64.0 * 1024 * 1024),
        Message(M::FileEmpty),
        Message(M::FileNotText),
        cut_short(),
        Message(M::FileNotUtf8).integer("line", 134).integer("column", 25),
        Message(M::FileNotJson).integer("line", 190).integer("column", 1).nested("problem", Message(M::JsonMoreAfterPlan)),
        Message(M::JsonMoreAfterPlan),
        Message(M::JsonNumberTooLarge),
        Message(M::JsonNotFiniteNumber),
        Message(M::JsonInvalidValue),
        Message(M::JsonMissingName),
        Message(M::JsonMissingColon),
        Message(M::JsonMissingCommaOrBrace),
        Message(M::JsonMissingCommaOrBracket),
        Message(M::JsonBadUnicodeEscape),
        Message(M::JsonBadSurrogate),
        Message(M::JsonBadEscape),
        Message(M::JsonMissingQuote),
        Message(M::JsonNumberMissingFraction),
        Message(M::JsonNumberMissingExponent),
        Message(M::JsonSyntaxError),
        Message(M::FileTooDeep).integer("max", 32),
        Message(M::FileTextTooLong).bytes("size", 20 * 1024).bytes("max", 10 * 1024),
        Message(M::FileTextWithNul),
        Message(M::FileListTooLong).integer("items", 100'001).integer("max", 100'000),
        Message(M::FileObjectTooWide),
        Message(M::FileFieldNameTooLong),
        Message(M::FileFieldTwice).text("field", kQuoted),
        Message(M::NotARosterPlan),
        Message(M::FormatVersionMissing),
        Message(M::FormatTooNew).integer("format", 99).integer("supported", 4),
        Message(M::FileHasNoPlan),
        Message(M::FieldWrongKind)
            .text("path", "plan.creators[0].followers")
            .term("expected", Term::KindWholeNumber)
            .term("actual", Term::ValueText),
        Message(M::FieldOutOfRange)
            .text("path", "plan.creators[0].posts")
            .integer("value", 3'000'000'000)
            .integer("min", -2'147'483'648.0)
            .integer("max", 2'147'483'647),
        Message(M::FieldUnknownWord).text("path", "plan.creators[0].platform").text("value", kWord).text("known", "instagram, tiktok"),
        Message(M::FieldMissing).text("path", "plan.creators[0].name"),
        Message(M::FieldNotWhole).text("path", "plan.creators[0].followers"),
        Message(M::MigrationFailed).nested("cause", Message(M::FileHasNoPlan)),
        Message(M::PlanUnreadable).text("detail", kQuoted),
        Message(M::PlanNotUsable)
            .nested("cause", Message(M::CreatorProblem).text("creator", kColon).nested("cause", fee_negative()))
            .count("others", 2),
        Message(M::MigratedFromFormat1),
        Message(M::IgnoredField).text("path", "plan.mood"),
        Message(M::KeptUnknownAssumption).text("key", kDotted),
        // document
        Message(M::CouldNotOpen).nested("source", source_file()).nested("cause", Message(M::FileEmpty)),
        Message(M::CouldNotOpenTooLarge).nested("source", Message(M::SourceShareLink)).bytes("max", 64.0 * 1024 * 1024),
        Message(M::OpenedPlan).text("plan", kWord).count("creators", 2).nested("source", Message(M::SourcePastedText)),
        Message(M::ConfirmReplacePlan)
            .text("current", kDotted)
            .count("creators", 3)
            .text("plan", kQuoted)
            .nested("source", source_file()),
        source_file(),
        Message(M::SourceShareLink),
        Message(M::SourcePastedText),
        Message(M::LinkCopied).integer("length", 1234),
        Message(M::LinkTooLong).integer("length", 12'345).integer("max", 8000),
        Message(M::LinkNotCopied).integer("length", 2048),
        Message(M::LinksUnsupported),
        Message(M::LatestSaveUnreadable).nested("cause", cut_short()),
        Message(M::SavedPlanUnreadableBlocked).nested("cause", Message(M::FileNotText)),
        Message(M::SavedPlanUnreadableKeptAside).nested("cause", cut_short()),
        Message(M::ChangeOverlapFirst)
            .nested("cause", Message(M::OverlapAboveAudience)
                                 .text("first", kColon)
                                 .text("second", kWord)
                                 .integer("shared", 15'000)
                                 .text("smaller", kWord)
                                 .integer("has", 10'000)),
        Message(M::CopyTooManyCreators).integer("max", 20'000),
        Message(M::CreatorGone),
        Message(M::ScenarioGone),
        Message(M::KeepOneScenario),
        Message(M::UnknownAssumption).text("key", kDotted),
        Message(M::SavedInBrowserToday).clock_time("time", kMonday),
        Message(M::SavedInBrowserOn).date_time("time", kMonday),
        Message(M::NotSavedInBrowser),
        Message(M::DownloadedToday).clock_time("time", kMonday),
        Message(M::DownloadedOn).date_time("time", kMonday),
        Message(M::NeverDownloaded),
        Message(M::SaveTimes)
            .nested("saved", Message(M::SavedInBrowserToday).clock_time("time", kMonday))
            .nested("downloaded", Message(M::DownloadedOn).date_time("time", kMonday - 7 * 86'400)),
        Message(M::Never),
        Message(M::TimeOfDay).date_time("time", kMonday),
        Message(M::EditAddCreator),
        Message(M::EditCreator),
        Message(M::EditRemoveCreator),
        Message(M::EditCreators).count("n", 2),
        Message(M::EditRemoveCreators).count("n", 3),
        Message(M::EditDuplicateCreators).count("n", 2),
        Message(M::EditRenamePlan),
        Message(M::EditCurrency),
        Message(M::EditCampaign),
        Message(M::EditEnvironment),
        Message(M::EditTiers),
        Message(M::EditChangeAssumption),
        Message(M::EditResetAssumption),
        Message(M::EditSetOverlap),
        Message(M::EditEstimateOverlap),
        Message(M::EditSetOverlaps).count("n", 4),
        Message(M::EditNewScenario).text("name", kWord),
        Message(M::EditRenameScenario).text("name", kQuoted),
        Message(M::EditSwitchScenario),
        Message(M::EditRemoveScenario),
        Message(M::EditApplyWhatIf),
        Message(M::EditOpenPlanFile),
        Message(M::EditOpenOtherTab),
        Message(M::EditOpenExample),
        Message(M::EditNewPlan),
        // presentation, views, command-line tool
        Message(M::OverlapRowEmpty),
        Message(M::OverlapRowCount).count("others", 3).integer("has", 2),
        Message(M::OverlapRowShareInvalid).text("creator", kColon),
        Message(M::OverlapRowUnknownCreator).text("name", kWord),
        Message(M::OverlapRowSelf).text("name", kDotted),
        Message(M::SharesNeedShare).text("item", kPercent),
        Message(M::SharesShareInvalid).text("key", kQuoted),
        Message(M::PlanTooLargeToKeep).bytes("size", 70.0 * 1024 * 1024).bytes("max", 64.0 * 1024 * 1024),
        Message(M::Downloaded).text("file", kFile),
        Message(M::ExampleUnopenable).text("example", kWord),
        Message(M::OpenedExample).text("example", kColon),
        Message(M::NotRenamedName).integer("max", 200),
        Message(M::NotRenamedStorage),
        Message(M::RestoredPlan).text("plan", kQuoted),
        Message(M::RestoreRefused),
        Message(M::OpenedFromLibrary).text("plan", kDotted),
        Message(M::DuplicatedAs).text("plan", kPercent),
        Message(M::DuplicateRefused),
        Message(M::DeletedPlan).text("plan", kPercent),
        Message(M::LanguageChanged),
        Message(M::OpenedOtherTab),
        Message(M::OtherTabUnreadable),
        Message(M::StartedNewPlan),
        Message(M::NoFilePicker),
        Message(M::KeptOpenPlan),
        Message(M::NotChanged).nested("cause", Message(M::FollowersTooFew)),
        Message(M::OverlapsNotChanged).nested("cause", Message(M::OverlapRowUnknownCreator).text("name", kColon)),
        Message(M::NotAdded).nested("cause", fee_negative()),
        Message(M::CompareAtLeastTwo),
        Message(M::TooManyScenariosRightClick).integer("max", 8),
        Message(M::LinkDamaged),
        Message(M::LinkFromNewerRoster),
        Message(M::LinksCannotOpen),
        Message(M::RosterSelected).count("n", 2),
        Message(M::CreatorsCount).count("n", 30),
        Message(M::BudgetLeft).money("left", 1340.5, "EUR").money("cap", 50000, "EUR"),
        Message(M::BudgetOver).money("cap", 30000, "EUR").money("over", 2700, "EUR"),
        Message(M::ProposalOpened).text("scenario", kColon),
        Message(M::FormatMovedTo).format("from", Platform::YouTube, Format::LongVideo).format("to", Platform::Instagram, Format::Short).platform("platform", Platform::Instagram),
        Message(M::ChartPointTooltip).text("series", kColon).text("x", "12").text("y", "34,500"),
        Message(M::ScenarioBudget).text("scenario", kColon).nested("budget", Message(M::BudgetOver).money("cap", 30000, "EUR").money("over", 2700, "EUR")),
        Message(M::SheetImported)
            .nested("source", Message(M::SourceFile).text("file", kColon))
            .nested("counts", Message(M::SheetImportCounts).count("added", 2).count("updated", 0).count("refused", 1)),
        Message(M::TableCopied),
        Message(M::PeopleReachedTimes).count("people", 12400).count("times", 1).percent("share", 0.52),
        Message(M::PeopleReachedTimesOrMore).count("people", 1).count("times", 10).percent("share", 0.003),
        Message(M::SheetPreviewFrom)
            .nested("source", Message(M::SourceFile).text("file", kColon))
            .nested("summary", Message(M::SheetSkippedEmpty).count("n", 2)),
        Message(M::SheetUnreadable)
            .nested("source", Message(M::SourceFile).text("file", kColon))
            .nested("cause", Message(M::SheetEmpty)),
        Message(M::UndoItem).nested("action", Message(M::EditNewScenario).text("name", kWord)),
        Message(M::RedoItem).nested("action", Message(M::EditAddCreator)),
        Message(M::UndoNothing),
        Message(M::RedoNothing),
        Message(M::CliUsage),
        Message(M::CliCannotOpen).text("path", kFile),
        Message(M::CliAboutFile).text("path", kFile).nested("message", Message(M::IgnoredField).text("path", "plan.mood")),
        Message(M::CliValidPlan).text("path", kFile).count("creators", 2),
        Message(M::CliScenarios).text("names", kWord + ", " + kDotted),
        Message(M::CliOpenScenario).text("name", kQuoted),
        Message(M::CliNoSuchScenario).text("path", kFile).text("scenario", kWord).text("names", kDotted + ", " + kColon),
        Message(M::CliScenarioNeedsName),
        Message(M::CliNeedsWholeNumber).text("option", "--seed"),
        Message(M::CliNeedsDrawCount).text("option", "--draws").integer("max", 1'000'000),
        Message(M::CliUnexpectedArgument).text("argument", kQuoted),
        Message(M::CliUnknownCommand).text("command", kWord),
        Message(M::CliUnknownLanguage).text("language", kPercent),
        // spreadsheets in and out
        Message(M::SheetTooLarge).bytes("size", 30.0 * 1024 * 1024).bytes("max", 20.0 * 1024 * 1024),
        Message(M::SheetEmpty),
        Message(M::SheetBinary),
        Message(M::SheetIsWorkbook),
        Message(M::SheetUtf16Invalid),
        Message(M::SheetNotText).integer("line", 12),
        Message(M::SheetTooManyRows).integer("max", 50'000),
        Message(M::SheetTooManyColumns).integer("row", 3).integer("columns", 300).integer("max", 200),
        Message(M::SheetTooManyCells).integer("max", 2'000'000),
        Message(M::SheetCellTooLong).integer("row", 7).text("column", "AB").bytes("max", 64 * 1024),
        Message(M::SheetUnclosedQuote).integer("row", 1200),
        Message(M::SheetHasNoRows),
        Message(M::SheetMappingUnreadable),
        Message(M::SheetMappingUnknownTarget).text("target", kDotted),
        Message(M::SheetMappingTooLarge).bytes("max", 64 * 1024),
        Message(M::SheetNoNameColumn),
        Message(M::SheetColumnMapped).text("column", kColon).term("target", Term::SheetTargetFollowers),
        Message(M::SheetColumnMappedOnPlatform)
            .text("column", kWord)
            .term("target", Term::SheetTargetHandle)
            .platform("platform", Platform::TikTok),
        Message(M::SheetColumnIgnored).text("column", kQuoted),
        Message(M::SheetRowRefused)
            .integer("row", 4)
            .text("column", kWord)
            .text("value", kPercent)
            .nested("cause", Message(M::SheetShareTooLarge)),
        Message(M::SheetRowRefusedWhole).integer("row", 5).nested("cause", Message(M::SheetNoName)),
        Message(M::SheetRowRefusedEmpty).integer("row", 6).text("column", kColon).nested("cause", Message(M::SheetNoPlatform)),
        Message(M::SheetNoPlatform),
        Message(M::SheetPlatformUnknown).text("value", kDotted),
        Message(M::SheetNotANumber),
        Message(M::SheetNotACount),
        Message(M::SheetNegative),
        Message(M::SheetShareTooLarge),
        Message(M::SheetNoName),
        Message(M::SheetOtherCurrency).text("currency", "USD").text("plan_currency", "EUR"),
        Message(M::SheetTotalFeeNeedsPosts),
        Message(M::SheetCellNote)
            .integer("row", 8)
            .text("column", kWord)
            .text("value", kQuoted)
            .nested("note", Message(M::SheetCountryUnknown)),
        Message(M::SheetCountryNeedsShare),
        Message(M::SheetCountryUnknown),
        Message(M::SheetAlreadyInPlan),
        Message(M::SheetReadSummary)
            .count("rows", 1)
            .count("columns", 12)
            .term("encoding", Term::SheetEncodingUtf16Le)
            .term("separator", Term::SheetSeparatorSemicolon),
        Message(M::SheetSkippedEmpty).count("n", 3),
        Message(M::SheetSkippedTotal).integer("row", 42),
        Message(M::SheetImportCounts).count("added", 2).count("updated", 1).count("refused", 0),
        Message(M::SheetNothingToImport),
        Message(M::SheetColumnOfScenario).text("scenario", kWord).term("column", Term::SheetColumnNetReach),
        Message(M::SheetColumnQuantile).term("column", Term::SheetColumnCost).term("quantile", Term::SheetColumnP10),
        Message(M::EditImportCreators).count("n", 2),
        Message(M::CliImportWrote).text("path", kFile).count("creators", 1),
        Message(M::CliImportNotWritten),
        Message(M::CliMappingSaved).text("path", kFile),
        Message(M::CliExportUnknownTable).text("table", kWord),
        Message(M::CliExportUnknownFormat).text("format", kDotted),
        Message(M::CliOptionNeedsValue).text("option", "--out"),
        // what an estimated overlap rests on
        Message(M::OverlapEstimateSameCreator).percent("share", 0.3),
        Message(M::OverlapEstimateChance).count("universe", 30'000'000),
        Message(M::OverlapEstimateInterests).count("universe", 30'000'000).percent("alike", 0.82).decimal("affinity", 5),
        Message(M::OverlapEstimateCountries).count("universe", 30'000'000).percent("common", 0.6),
        Message(M::OverlapEstimateProfiles).count("universe", 30'000'000).percent("alike", 0.82).decimal("affinity", 5).percent("common", 0.6),
        // the budget optimiser
        Message(M::OptimiserUnknownCreator).text("id", "42"),
        Message(M::OptimiserOptionProblem).text("creator", kColon).text("option", kQuoted).nested("cause", Message(M::PostsNegative)),
        Message(M::OptimiserNoBudget),
        Message(M::OptimiserNoCandidates),
        Message(M::OptimiserNeedsOrderValue),
        Message(M::OptimiserOnTargetUnknown),
        Message(M::OptimiserMustIncludeOverBudget).money("cost", 30'000, "EUR").money("budget", 25'000, "EUR"),
        Message(M::OptimiserMustIncludeOverCap).text("creator", kDotted).money("cost", 9'000, "EUR").money("cap", 7'500, "EUR"),
        Message(M::OptimiserTooFewCandidates)
            .nested("constraint", Message(M::ConstraintPlatformMinCreators).count("n", 3).platform("platform", Platform::TikTok))
            .count("candidates", 2),
        Message(M::OptimiserMustIncludeBreak).nested("constraint", Message(M::ConstraintMaxCreators).count("n", 4)).count("must", 5),
        Message(M::OptimiserConstraintsClash)
            .nested("first", Message(M::ConstraintTierMinCreators).count("n", 2).term("tier", Term::OptimiserTierMid))
            .nested("second", Message(M::ConstraintTierMaxCreators).count("n", 1).term("tier", Term::OptimiserTierMid)),
        Message(M::OptimiserMinimumsAboveMaximum).count("minimums", 7).nested("constraint", Message(M::ConstraintMaxCreators).count("n", 6)),
        Message(M::OptimiserMinimumsOverBudget).money("cost", 12'000, "EUR").money("budget", 10'000, "EUR"),
        Message(M::OptimiserMinSharesOver100).percent("total", 1.2),
        Message(M::OptimiserCpmBelowEveryCandidate).money("cpm", 5, "EUR").money("lowest", 7.5, "EUR"),
        Message(M::OptimiserNoFeasibleProposal),
        Message(M::OptimiserNotMet).nested("constraint", Message(M::ConstraintMinFrequency).decimal("frequency", 2.5)),
        Message(M::OptimiserChanceNotReached).percent("floor", 0.8).percent("chance", 0.64),
        Message(M::ConstraintBudget).money("budget", 25'000, "EUR"),
        Message(M::ConstraintMinCreators).count("n", 1),
        Message(M::ConstraintMaxCreators).count("n", 12),
        Message(M::ConstraintTierMinCreators).count("n", 3).term("tier", Term::OptimiserTierMicro),
        Message(M::ConstraintTierMaxCreators).count("n", 1).term("tier", Term::OptimiserTierMega),
        Message(M::ConstraintTierMinShare).percent("share", 0.2).term("tier", Term::OptimiserTierNano),
        Message(M::ConstraintTierMaxShare).percent("share", 0.5).term("tier", Term::OptimiserTierMacro),
        Message(M::ConstraintPlatformMinCreators).count("n", 2).platform("platform", Platform::YouTube),
        Message(M::ConstraintPlatformMaxCreators).count("n", 5).platform("platform", Platform::Instagram),
        Message(M::ConstraintPlatformMinShare).percent("share", 0.25).platform("platform", Platform::TikTok),
        Message(M::ConstraintPlatformMaxShare).percent("share", 0.6).platform("platform", Platform::Twitch),
        Message(M::ConstraintCreatorShare).percent("share", 0.3),
        Message(M::ConstraintMinFrequency).decimal("frequency", 1.5),
        Message(M::ConstraintMinEffectiveReach).integer("people", 100'000),
        Message(M::ConstraintMaxCpm).money("cpm", 12.5, "EUR"),
        Message(M::ConstraintMinChanceRoiPositive).percent("share", 0.6),
        Message(M::LeftOutBudget).money("cost", 1'442, "EUR").money("left", 970, "EUR"),
        Message(M::LeftOutConstraint).nested("constraint", Message(M::ConstraintCreatorShare).percent("share", 0.3)),
        Message(M::LeftOutOverlap).percent("share", 0.87).text("creator", kColon),
        Message(M::OptimiserSettingsTooLarge).bytes("max", 1024 * 1024),
        Message(M::OptimiserSettingsUnreadable).nested("cause", cut_short()),
        Message(M::OptimiserSettingsNotRoster),
        Message(M::OptimiserSettingsUnknownField).text("field", "platforms.tiktok.most"),
        Message(M::OptimiserSettingsBadValue).text("field", "max_share_per_creator").term("expected", Term::OptimiserExpectShare),
        Message(M::OptimiserSettingsUnknownCreator).text("name", kQuoted),
        Message(M::OptimiserSettingsUnknownPlatform).text("value", kWord),
        Message(M::OptimiserSettingsUnknownTier).text("value", kDotted),
        Message(M::OptimiserSettingsUnknownOption).text("value", kPercent),
        Message(M::OptimiserSettingsUnknownFormat).text("value", kColon),
        Message(M::OptimiserSettingsBothRoles).text("name", kQuoted),
        Message(M::CliOptimiseNeedsBudget),
        Message(M::CliUnknownObjective).text("objective", kWord),
        Message(M::CliNeedsAmount).text("option", "--budget"),
        Message(M::CliNeedsPointCount).text("option", "--points").integer("max", 100),
        Message(M::CliOptimiseHeading)
            .text("plan", kColon)
            .money("budget", 25'000, "EUR")
            .term("objective", Term::OptimiserObjectiveOnTargetReach)
            .count("candidates", 30),
        Message(M::CliOptimiseRisk).percent("p10", -0.12).percent("chance", 0.71),
        Message(M::CliOptimiseBound).text("bound", "506,799").percent("gap", 0.034),
        Message(M::CliBoundKnapsack),
        Message(M::CliBoundSubmodular).integer("checked", 19).decimal("scale", 1.2),
        Message(M::CliBoundNone),
        Message(M::CliSimpleRule).term("objective", Term::OptimiserObjectiveGrossProfit).text("value", "€1,458.49").percent("share", 0.9),
        Message(M::CliProposalWritten).text("path", kFile).text("scenario", kWord),
        Message(M::CliProposalWrittenAlone).text("path", kFile),
        Message(M::CliProposalOwnProjection).integer("reach", 489'692),
        Message(M::CliFrontierHeading)
            .text("plan", kDotted)
            .term("objective", Term::OptimiserObjectiveEffectiveReach)
            .integer("points", 20)
            .money("budget", 100'000, "EUR"),
        Message(M::CliFrontierCurrentPlan)
            .money("cost", 48'660, "EUR")
            .text("value", "757,421")
            .text("frontier", "812,004")
            .percent("gap", 0.072),
        Message(M::CliFrontierPlanAbove).money("cost", 48'660, "EUR").text("value", "757,421").text("frontier", "750,000"),
        // money in its currency
        Message(M::CurrencyNotIso).text("code", kQuoted),
        Message(M::CurrencyNotIsoClosest).text("code", "EUO").text("closest", "EUR"),
        Message(M::MoneyDefaultsConverted).text("from", "USD").text("to", "JPY").decimal("rate", 159.834).text("date", "2026-04-13"),
        Message(M::MoneyDefaultsInSource).text("from", "USD"),
        Message(M::MoneyDefaultsNoRate).text("from", "USD").text("to", "XOF"),
        Message(M::CurrencyChangedNoAmounts).text("from", "EUR").text("to", "GBP"),
        Message(M::CurrencyRelabelled).text("from", "EUR").text("to", "GBP").count("amounts", 12),
        Message(M::CurrencyConverted)
            .text("from", "EUR")
            .text("to", "JPY")
            .decimal("rate", 186.75)
            .text("date", "2026-04-13")
            .count("fees", 8)
            .count("others", 1)
            .count("overrides", 0),
        Message(M::CurrencyNoRateToConvert).text("from", "EUR").text("to", "XOF"),
        Message(M::EditConvertCurrency).text("to", "JPY"),
        Message(M::CliCurrenciesHeading).count("n", 161).text("date", "2026-04-13"),
        // forecast against actuals
        Message(M::ActualsTooMany).integer("max", 100'000),
        Message(M::ActualPostInvalid).text("id", "12").integer("post", 0).integer("max", 1000),
        Message(M::ActualTwice).text("id", "12").format("format", Platform::Instagram, Format::Story).integer("post", 2),
        Message(M::ActualFigureOutOfRange).text("id", "12").term("figure", Term::ActualsViews).integer("max", 1e12),
        Message(M::ActualFigureTwice).text("id", "12").term("figure", Term::ActualsSaves),
        Message(M::ActualDateInvalid).text("id", "12").text("date", kDotted),
        Message(M::ActualAddressTooLong).text("id", "12").integer("max", 2000),
        Message(M::LockedForecastTwice),
        Message(M::LockedForecastTooLarge).integer("max", 20'000),
        Message(M::LockedBandInvalid).term("figure", Term::ActualsRevenue),
        Message(M::LockedTextTooLong).integer("max", 200),
        Message(M::CalibrationRecordInvalid),
        Message(M::EditLockForecast).text("scenario", kColon),
        Message(M::EditUnlockForecast),
        Message(M::EditSetActual).text("creator", kQuoted),
        Message(M::EditImportActuals).count("n", 14),
        Message(M::EditApplyCalibration).count("n", 3),
        Message(M::EditRemoveCalibration),
        Message(M::LockNothingToLock),
        Message(M::LockAlreadyLocked).text("scenario", kWord).text("date", "2026-03-14"),
        Message(M::UnlockNothingLocked),
        Message(M::CalibrationNotApplied),
        Message(M::ActualsExportUnknown),
        Message(M::ActualsExportRead).text("provider", "TikTok Studio").term("language", Term::ActualsFrenchHeaders).count("rows", 12),
        Message(M::ActualsRowMatched).integer("row", 4).text("creator", kColon).format("format", Platform::TikTok, Format::Short).integer("post", 2),
        Message(M::ActualsRowUnmatched).integer("row", 5).text("value", kPercent),
        Message(M::ActualsRowAmbiguous).integer("row", 6).text("value", kWord).text("names", "“Ana”, “Ana B”"),
        Message(M::ActualsRowOtherPlatform).integer("row", 7).text("creator", kDotted).text("provider", "YouTube Studio"),
        Message(M::ActualsRowNoPost).integer("row", 8).text("creator", kQuoted),
        Message(M::ActualsRowBadNumber).integer("row", 9).text("column", "Vues").text("value", "-12"),
        Message(M::ActualsRowBadDate).integer("row", 10).text("value", "31/02/2026"),
        Message(M::ActualsSkippedTotal).integer("row", 11),
        Message(M::ActualsImportCounts).count("matched", 12).count("unmatched", 1).count("refused", 0),
        Message(M::ActualsNothingMatched),
        Message(M::ForecastNotLocked),
        Message(M::CalibratedFromCampaigns).count("n", 4).count("posts", 212),
        Message(M::CalibrationReplaced).text("assumption", kWord).text("before", "8%").text("after", "6.5%"),
        Message(M::CalibrationNoCampaigns),
        Message(M::CalibrationPlanSkipped).text("plan", kFile),
        Message(M::CliActualsWrote).text("path", kFile).count("n", 14),
        Message(M::CliActualsNotWritten),
        Message(M::CliCalibrationHeading).count("n", 4).count("posts", 212),
        Message(M::ForecastLockedOn).text("scenario", kWord).text("date", "2026-12-07"),
        Message(M::LockExplained).text("scenario", kWord),
        Message(M::UnlockExplained).text("scenario", kWord).text("date", "2026-12-07"),
        Message(M::ActualsImported).nested("source", Message(M::SourceFile).text("file", kFile))
            .nested("counts", Message(M::ActualsImportCounts).count("matched", 4).count("unmatched", 1).count("refused", 0)),
        Message(M::ActualsFileUnreadable).nested("source", Message(M::SourceFile).text("file", kFile))
            .nested("cause", Message(M::ActualsExportUnknown)),
        Message(M::ActualsPreviewFrom).nested("source", Message(M::SourceFile).text("file", kFile))
            .nested("summary", Message(M::ActualsSkippedTotal).integer("row", 2)),
        Message(M::CalibrationGathered).count("plans", 5).count("campaigns", 3).count("posts", 41),
        Message(M::ForecastChartCaption),
        Message(M::ActualsOfPost).format("format", Platform::Instagram, Format::FeedPost).integer("post", 2),
        Message(M::ActualsTypedNote),
        // a planner's day without friction
        Message(M::EditCancelled).text("value", "15,000.00"),
        Message(M::NumberUnread).text("text", kWord).text("value", "15,000.00"),
        Message(M::InteractionsCounted).count("n", 37),
        // the ranges' precision (issue 25)
        Message(M::RangePrecision).percent("precision", 0.006).count("draws", 4'000),
        // the ranges read out with the summary, drawn in workers or not (issue 25)
        Message(M::SummaryRangesSoFar).count("low", 16'670'260).count("high", 27'294'241).count("draws", 1'250),
        Message(M::SummaryRangesFinal).count("low", 16'670'260).count("high", 27'294'241).count("draws", 2'000),
        // workbooks: reading (storage/workbook_read.h)
        Message(M::WorkbookNotZip),
        Message(M::WorkbookIsText),
        Message(M::WorkbookOldExcel),
        Message(M::WorkbookEncrypted),
        Message(M::WorkbookTruncated),
        Message(M::WorkbookTooLarge).bytes("size", 25e6).bytes("max", 20e6),
        Message(M::WorkbookZip64),
        Message(M::WorkbookTooManyParts).integer("max", 2'000),
        Message(M::WorkbookUnsafePartName).text("part", "/etc/evil.xml"),
        Message(M::WorkbookPartDamaged).text("part", "xl/worksheets/sheet1.xml"),
        Message(M::WorkbookPartMissing).text("part", "xl/worksheets/sheet2.xml"),
        Message(M::WorkbookPartTooLarge).text("part", "xl/sharedStrings.xml").bytes("max", 100e6),
        Message(M::WorkbookZipBomb).text("part", "xl/worksheets/sheet1.xml").integer("ratio", 500),
        Message(M::WorkbookTooMuchData).bytes("max", 300e6),
        Message(M::WorkbookXmlUnsafe).text("part", "xl/workbook.xml"),
        Message(M::WorkbookXmlTooDeep).text("part", "xl/styles.xml").integer("max", 64),
        Message(M::WorkbookXmlBroken).text("part", "xl/workbook.xml").integer("line", 12),
        Message(M::WorkbookNotExcel),
        Message(M::WorkbookTooManySheets).integer("max", 250),
        Message(M::WorkbookNoSheets),
        Message(M::WorkbookSheetUnknown).text("sheet", kQuoted).text("sheets", "“Roster”, “Notes”"),
        Message(M::WorkbookSheetNotCells).text("sheet", kWord),
        Message(M::WorkbookSheetEmpty).text("sheet", kWord),
        Message(M::WorkbookTooManyStrings).integer("max", 1'000'000).bytes("bytes", 50e6),
        Message(M::WorkbookCellError).text("cell", "C4").text("value", "#DIV/0!"),
        Message(M::WorkbookMoreCellErrors).count("n", 3),
        Message(M::WorkbookTitleSkipped).count("n", 2).integer("row", 3),
        Message(M::WorkbookHeaderJoined).integer("first", 3).integer("second", 4),
        Message(M::WorkbookReadSummary).count("rows", 120).count("columns", 9).text("sheet", kWord).count("sheets", 3),
        Message(M::WorkbookSheetOptionForCsv),
        // workbooks: writing the report
        Message(M::WorkbookNotWritten).integer("code", 2),
        Message(M::WorkbookNoTemporaryFile),
        Message(M::WorkbookSheetTooLarge).text("sheet", kQuoted).integer("rows", 2'000'000).integer("columns", 12),
        Message(M::WorkbookAboutCreators).integer("draws", 2'000),
        Message(M::WorkbookAboutComparison).integer("draws", 10'000),
        Message(M::WorkbookAboutFrequency),
        Message(M::WorkbookAboutBuildup),
        Message(M::WorkbookAboutAssumptions),
        Message(M::CliExportWorkbookWritten).text("path", kFile).count("sheets", 6),
        Message(M::CliExportWorkbookNoTable),
        Message(M::CliExportCannotWrite).text("path", kFile),
        Message(M::WorkbookModuleUnavailable),
        Message(M::WorkbookPreparing).text("file", kFile),
    };
}

// The planner's texts a message carries, its nested messages' included.
void planner_texts(const Message& m, std::vector<std::string>& out) {
    for (const MessageArg& a : m.args) {
        if (a.kind == MessageArg::Kind::Text) out.push_back(a.text);
        for (const Message& n : a.nested) planner_texts(n, out);
    }
}

// Lower-case words of three letters or more (any byte past ASCII counts as a letter, so "créé"
// is one word).
std::set<std::string> words(const std::string& text) {
    std::set<std::string> out;
    std::string w;
    const auto flush = [&] {
        if (w.size() >= 3) out.insert(w);
        w.clear();
    };
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalpha(c) || c >= 0x80) w += static_cast<char>(std::tolower(c));
        else flush();
    }
    flush();
    return out;
}

// The fixed words of the English texts a message is made of (its own, its nested messages' and
// the words of Roster it quotes), and those of their French texts.
void template_words(const Message& m, std::set<std::string>& english, std::set<std::string>& french) {
    const auto add = [](std::set<std::string>& to, const char* text) {
        if (!text) return;
        for (const std::string& w : words(text)) to.insert(w);
    };
    add(english, message_template(m.id, Language::English));
    add(french, message_template(m.id, Language::French));
    for (const MessageArg& a : m.args) {
        if (a.kind == MessageArg::Kind::Term) {
            add(english, term_text(static_cast<Term>(a.choice), Language::English));
            add(french, term_text(static_cast<Term>(a.choice), Language::French));
        }
        for (const Message& n : a.nested) template_words(n, english, french);
    }
}

// English words the French rendering of `m` holds, space-separated: words of its English texts
// that none of its French texts nor the planner's texts use (an untranslated label of a platform,
// a format or an assumption; a text missing in French and said in English instead).
std::string english_leftovers(const Message& m) {
    std::set<std::string> english, french;
    template_words(m, english, french);
    std::vector<std::string> texts;
    planner_texts(m, texts);
    for (const std::string& t : texts)
        for (const std::string& w : words(t)) french.insert(w);
    std::string out;
    for (const std::string& w : words(render(m, Language::French)))
        if (english.count(w) && !french.count(w)) out += (out.empty() ? "" : " ") + w;
    return out;
}

// The only texts written the same in both languages: they are nothing but places.
bool same_in_both_languages(MessageId id) {
    return id == M::SaveTimes || id == M::TimeOfDay || id == M::SheetColumnQuantile || id == M::ActualsOfPost;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

Plan two_creators() {
    Plan plan = test::plan_of({test::creator(1, "Léa", Platform::Instagram, 48'000, 650, 3),
                               test::creator(2, "Ben", Platform::TikTok, 300'000, 2'000, 2)});
    plan.campaign.target_universe = 5'000'000;
    return plan;
}

// Every problem validate() finds in plans broken one way each, described as the app shows them.
std::vector<Message> validation_messages() {
    std::vector<void (*)(Plan&)> breaks = {
        [](Plan& p) { p.creators[0].name = ""; },
        [](Plan& p) { p.creators[0].handle = std::string(300, 'h'); },
        [](Plan& p) { p.creators[0].followers = 0; },
        [](Plan& p) { p.creators[0].followers = 3'000'000'000; },
        [](Plan& p) { p.creators[0].engagement_rate_ppm = 1'400'000; },
        [](Plan& p) { p.creators[0].measured_views_per_post = -1; },
        [](Plan& p) { p.creators[0].measured_reach_rate_ppm = -1; },
        [](Plan& p) { p.creators[0].audience_quality_ppm = 1'810'000; },
        [](Plan& p) { p.creators[0].audience.countries = {{"France", 500'000}, {"FR", 700'000}, {"FR", 10}}; },
        [](Plan& p) { p.creators[0].audience.age = {900'000, 900'000}; },
        [](Plan& p) { p.creators[0].audience.gender = {700'000, 700'000}; },
        [](Plan& p) { p.creators[0].audience.interests = {{"", 1}, {"food", 1}, {"food", 1}}; },
        [](Plan& p) { p.creators[0].deliverables.push_back({Format::LongVideo, -2, -5}); },
        [](Plan& p) { p.creators[0].deliverables[0].count = 5'000; },
        [](Plan& p) { p.creators[0].deliverables[0].unit_fee_cents = 20'000'000'000; },
        [](Plan& p) { p.creators[0].deliverables = std::vector<Deliverable>(25, p.creators[0].deliverables[0]); },
        [](Plan& p) { p.creators[0].product_value_cents = -1; },
        [](Plan& p) { p.creators[0].affiliate_commission_ppm = 2'000'000; },
        [](Plan& p) { p.creators[0].posting_probability_ppm = -1; },
        [](Plan& p) { p.creators[0].amplification = {100, 500, 2'000}; },
        [](Plan& p) {
            p.creators[0].amplification = {100, 500, 3};
            p.creators[0].deliverables[0].count = 0;
            p.campaign.target_universe = 0;
        },
        [](Plan& p) { p.creators[1].id = 1; },
        [](Plan& p) { p.campaign.currency = "euros"; },
        [](Plan& p) { p.campaign.budget_cap_cents = -1; },
        [](Plan& p) { p.campaign.target_universe = -1; },
        [](Plan& p) { p.campaign.gross_margin_ppm = 3'000'000; },
        [](Plan& p) { p.campaign.target.countries = {"FR", "FR", "xx"}; },
        [](Plan& p) { p.tiers.mid = 1; },
        [](Plan& p) { p.environment.recommendation_scale_ppm = 20 * kPpmWhole; },
        [](Plan& p) { p.environment.hidden_like_viewers_ppm = -3; },
        [](Plan& p) { test::set_assumption(p, "conversion_rate", 7.0); },
        [](Plan& p) { test::set_assumption(p, "engagement.sponsored_factor", 7.0); },
        [](Plan& p) {
            p.assumptions.push_back({"conversion_rate", 1});
            p.assumptions.push_back({"conversion_rate", 2});
        },
        [](Plan& p) { p.overlaps = {{1, 99, OverlapBasis::SharedCount, 10}}; },
        [](Plan& p) { p.overlaps = {{1, 1, OverlapBasis::SharedCount, 10}}; },
        [](Plan& p) { p.overlaps = {{1, 2, OverlapBasis::SharedCount, 10}, {2, 1, OverlapBasis::SharedCount, 10}}; },
        [](Plan& p) { p.overlaps = {{1, 2, OverlapBasis::ShareOfFirst, 1'200'000}}; },
        [](Plan& p) { p.overlaps = {{1, 2, OverlapBasis::ShareOfSmaller, 1'200'000}}; },
        [](Plan& p) { p.overlaps = {{1, 2, OverlapBasis::SharedCount, -5}}; },
        [](Plan& p) { p.overlaps = {{1, 2, OverlapBasis::SharedCount, 90'000}}; },
        [](Plan& p) {
            p.creators.push_back(test::creator(3, "Cleo", Platform::YouTube, 50'000, 900, 1));
            p.overlaps = {{1, 2, OverlapBasis::SharedCount, 40'000},
                          {1, 3, OverlapBasis::SharedCount, 40'000},
                          {2, 3, OverlapBasis::SharedCount, 1'000}};
        },
        [](Plan& p) { p.scenario_position = 3; },
        [](Plan& p) {
            Scenario other = current_scenario(p, "Results");
            other.creators[0].followers = 0;
            other.campaign.currency = "USD";
            p.other_scenarios = {other};
        },
    };
    std::vector<Message> out;
    for (auto broken : breaks) {
        Plan plan = two_creators();
        broken(plan);
        const auto problems = validate(plan);
        CHECK_FALSE(problems.empty());
        for (const PlanProblem& p : problems) out.push_back(describe(p, plan));
    }
    return out;
}

// English words that have no place in a French sentence (the names here are French or neutral).
const std::regex kEnglish(
    R"(\b(the|The|must|cannot|can|is|with|has|should|which|this|This|not|file|creator|Creator|and|of)\b)");

// What is wrong with `m` as a planner reads it in French: a place left unfilled or an argument
// unused in either language, an English word, a full stop said twice.
void check_reads_in_french(const Message& m) {
    const std::string english = render(m, Language::English);
    const std::string french = render(m, Language::French);
    CAPTURE(english);
    CAPTURE(french);
    CHECK(render_problems(m, Language::English).empty());
    CHECK(render_problems(m, Language::French).empty());
    CHECK(french != english);
    CHECK_FALSE(std::regex_search(french, kEnglish));
    CHECK(french.find(".).") == std::string::npos);
    CHECK(french.find("..") == std::string::npos);
}

}  // namespace

TEST_CASE("Every message Roster can say has exactly one English and one French text, and so has every word it quotes") {
    std::vector<int> messages(kMessageIdCount, 0), terms(kTermCount, 0);
    for (const CatalogueSection& section : catalogue_sections()) {
        CAPTURE(section.layer);
        for (std::size_t i = 0; i < section.message_count; ++i) {
            const MessageText& row = section.messages[i];
            const auto k = static_cast<std::size_t>(row.id);
            REQUIRE(k < kMessageIdCount);
            ++messages[k];
            CAPTURE(message_id_name(row.id));
            REQUIRE(row.english);
            REQUIRE(row.french);
            CHECK(std::strlen(row.english) > 0);
            CHECK(std::strlen(row.french) > 0);
        }
        for (std::size_t i = 0; i < section.term_count; ++i) {
            const TermText& row = section.terms[i];
            const auto k = static_cast<std::size_t>(row.term);
            REQUIRE(k < kTermCount);
            ++terms[k];
            CAPTURE(term_name(row.term));
            REQUIRE(row.english);
            REQUIRE(row.french);
            CHECK(std::strlen(row.english) > 0);
            CHECK(std::strlen(row.french) > 0);
        }
    }
    for (std::size_t k = 0; k < kMessageIdCount; ++k) {
        const auto id = static_cast<MessageId>(k);
        CAPTURE(message_id_name(id));
        CHECK(messages[k] == 1);  // 0: missing; 2 or more: listed twice, the later rows never shown
        CHECK(message_template(id, Language::English) != nullptr);
        CHECK(message_template(id, Language::French) != nullptr);
    }
    for (std::size_t k = 0; k < kTermCount; ++k) {
        const auto term = static_cast<Term>(k);
        CAPTURE(term_name(term));
        CHECK(terms[k] == 1);
        CHECK(term_text(term, Language::English) != nullptr);
        CHECK(term_text(term, Language::French) != nullptr);
    }
}

TEST_CASE("A message's English and French texts have the same places and plurals, and both read without problems") {
    for (std::size_t k = 0; k < kMessageIdCount; ++k) {
        const auto id = static_cast<MessageId>(k);
        CAPTURE(message_id_name(id));
        const char* english = message_template(id, Language::English);
        const char* french = message_template(id, Language::French);
        REQUIRE(english);
        REQUIRE(french);
        CAPTURE(english);
        CAPTURE(french);
        const TemplatePlaces en = template_places(english);
        const TemplatePlaces fr = template_places(french);
        CHECK(en.problems.empty());
        CHECK(fr.problems.empty());
        CHECK(sorted(en.names) == sorted(fr.names));
        CHECK(sorted(en.plural_counts) == sorted(fr.plural_counts));
    }
}

TEST_CASE("The texts' checks find what is wrong with a text") {
    CHECK(template_places("Creator “{creator}”: {cause}").names == std::vector<std::string>{"creator", "cause"});
    CHECK(template_places("{n, plural, one {# creator} other {# creators}}").plural_counts ==
          std::vector<std::string>{"n"});
    CHECK_FALSE(template_places("Creator “{creator”").problems.empty());
    CHECK_FALSE(template_places("a } too many").problems.empty());
    CHECK_FALSE(template_places("{n, plural, one {# creator}}").problems.empty());     // no 'other'
    CHECK_FALSE(template_places("{n, plural, few {#} other {#}}").problems.empty());   // not a form of either language
    // A brace shown as text is quoted the ICU way; other apostrophes are apostrophes.
    CHECK(template_places("a '{'brace'}' and it's {n}").names == std::vector<std::string>{"n"});
    CHECK(template_places("a '{'brace'}' and it's {n}").problems.empty());
    CHECK(render(Message(M::JsonMissingCommaOrBrace), Language::English) == "Missing a comma or '}' after an object member.");
    CHECK(render(Message(M::JsonMissingCommaOrBrace), Language::French) == "il manque une virgule ou « } » après un champ.");
    CHECK(render(Message(M::OverlapAboveFirst).text("first", "Ana").text("second", "Bo").percent("share", 1.2),
                 Language::English) ==
          "The overlap between “Ana” and “Bo” is 120% of “Ana”'s followers, above 100%.");
    CHECK_FALSE(render_problems(Message(M::FollowersTooMany), Language::English).empty());  // {max} unfilled
    CHECK_FALSE(render_problems(Message(M::FollowersTooFew).integer("max", 1), Language::French).empty());  // unused
    CHECK_FALSE(render_problems(Message(M::CliValidPlan).text("path", "p").integer("creators", 2), Language::English)
                    .empty());  // a plural needs a count
}

TEST_CASE("The examples of this test cover every message id, once each") {
    std::vector<int> seen(kMessageIdCount, 0);
    for (const Message& m : examples()) {
        const auto k = static_cast<std::size_t>(m.id);
        REQUIRE(k < kMessageIdCount);
        ++seen[k];
    }
    for (std::size_t k = 0; k < kMessageIdCount; ++k) {
        CAPTURE(message_id_name(static_cast<MessageId>(k)));
        CHECK(seen[k] == 1);  // a new id needs its example in examples()
    }
}

TEST_CASE("Every message renders in English and in French with every place filled and every argument used") {
    for (const Message& m : examples()) {
        CAPTURE(message_id_name(m.id));
        CAPTURE(render(m, Language::English));
        CAPTURE(render(m, Language::French));
        CHECK(render_problems(m, Language::English).empty());
        CHECK(render_problems(m, Language::French).empty());
    }
}

TEST_CASE("A planner's names appear exactly as written in both languages, and the French reads no English") {
    for (const Message& m : examples()) {
        CAPTURE(message_id_name(m.id));
        const std::string english = render(m, Language::English);
        const std::string french = render(m, Language::French);
        CAPTURE(english);
        CAPTURE(french);
        std::vector<std::string> texts;
        planner_texts(m, texts);
        for (const std::string& t : texts) {
            CAPTURE(t);
            CHECK(english.find(t) != std::string::npos);
            CHECK(french.find(t) != std::string::npos);
        }
        // Said in French, not in English: the text differs (except texts that are only places) and
        // so does what the planner reads.
        CHECK(same_in_both_languages(m.id) ==
              (std::strcmp(message_template(m.id, Language::English), message_template(m.id, Language::French)) == 0));
        CHECK(french != english);
        CHECK(english_leftovers(m) == "");
        CHECK_FALSE(std::regex_search(french, kEnglish));
        CHECK(french.find(".).") == std::string::npos);
        CHECK(english.find("..") == std::string::npos);
        CHECK(french.find("..") == std::string::npos);
    }
}

TEST_CASE("Counts choose the singular or the plural the way each language does, at 0, 1 and 2") {
    const auto valid = [](double n) { return Message(M::CliValidPlan).text("path", "q3.roster.json").count("creators", n); };
    CHECK(render(valid(0), Language::English) == "q3.roster.json: a valid Roster plan with 0 creators.");
    CHECK(render(valid(1), Language::English) == "q3.roster.json: a valid Roster plan with 1 creator.");
    CHECK(render(valid(2), Language::English) == "q3.roster.json: a valid Roster plan with 2 creators.");
    CHECK(render(valid(0), Language::French) == "q3.roster.json : un plan Roster valide avec 0 créateur.");
    CHECK(render(valid(1), Language::French) == "q3.roster.json : un plan Roster valide avec 1 créateur.");
    CHECK(render(valid(2), Language::French) == "q3.roster.json : un plan Roster valide avec 2 créateurs.");

    const auto unusable = [](double others) {
        return Message(M::PlanNotUsable).nested("cause", Message(M::FollowersTooFew)).count("others", others);
    };
    CHECK(render(unusable(0), Language::English) == "The plan in this file is not usable: Followers must be at least 1.");
    CHECK(render(unusable(1), Language::English) ==
          "The plan in this file is not usable: Followers must be at least 1. (and 1 more problem)");
    CHECK(render(unusable(2), Language::English) ==
          "The plan in this file is not usable: Followers must be at least 1. (and 2 more problems)");
    CHECK(render(unusable(0), Language::French) == "Le plan de ce fichier n’est pas utilisable : Il faut au moins 1 abonné.");
    CHECK(render(unusable(1), Language::French) ==
          "Le plan de ce fichier n’est pas utilisable : Il faut au moins 1 abonné. (et 1 autre problème)");
    CHECK(render(unusable(2), Language::French) ==
          "Le plan de ce fichier n’est pas utilisable : Il faut au moins 1 abonné. (et 2 autres problèmes)");

    const auto row = [](double others) { return Message(M::OverlapRowCount).count("others", others).integer("has", 2); };
    CHECK(render(row(1), Language::English).find("each of the other 1 creator, in") != std::string::npos);
    CHECK(render(row(3), Language::English).find("each of the other 3 creators, in") != std::string::npos);
    CHECK(render(row(1), Language::French).find("une part pour l’autre créateur, dans") != std::string::npos);
    CHECK(render(row(3), Language::French).find("une part pour chacun des 3 autres créateurs, dans") != std::string::npos);

    CHECK(render(Message(M::EditCreators).count("n", 1), Language::English) == "edit creator");
    CHECK(render(Message(M::EditCreators).count("n", 2), Language::English) == "edit 2 creators");
    CHECK(render(Message(M::EditCreators).count("n", 1), Language::French) == "modifier le créateur");
    CHECK(render(Message(M::EditCreators).count("n", 2), Language::French) == "modifier 2 créateurs");
    // A count in the thousands is grouped like any number.
    CHECK(render(Message(M::EditSetOverlaps).count("n", 1200), Language::French) ==
          "indiquer 1\u202F200 recouvrements");
}

TEST_CASE("Numbers, shares, sizes and times read in the style of the language") {
    const Message followers = Message(M::FollowersTooMany).integer("max", 2'000'000'000);
    CHECK(render(followers, Language::English) == "Followers cannot exceed 2,000,000,000.");
    CHECK(render(followers, Language::French) == "Les abonnés ne peuvent pas dépasser 2\u202F000\u202F000\u202F000.");

    const Message share = Message(M::ShareOutOfRange).term("field", Term::EngagementRate).percent("value", 1.005);
    CHECK(render(share, Language::English) == "The engagement rate must be between 0% and 100% (it is 100.5%).");
    CHECK(render(share, Language::French) ==
          "Le champ « taux d’engagement » doit être compris entre 0 % et 100 % (il vaut 100,5\u202F%).");
    CHECK(render(Message(M::ReachRateOutOfRange).percent("max", 50.0), Language::English) ==
          "The measured reach rate must be between 0% and 5,000%.");
    CHECK(render(Message(M::ReachRateOutOfRange).percent("max", 50.0), Language::French) ==
          "Le taux de couverture mesuré doit être compris entre 0 % et 5\u202F000\u202F%.");

    const Message sizes = Message(M::FileTooLarge).bytes("size", 70.0 * 1024 * 1024).bytes("max", 64.0 * 1024 * 1024);
    CHECK(render(sizes, Language::English) == "The file is 70.0 MB; plan files are at most 64.0 MB.");
    CHECK(render(sizes, Language::French) ==
          "Le fichier fait 70,0\u00A0Mo ; un fichier de plan fait au plus 64,0\u00A0Mo.");
    const Message text = Message(M::FileTextTooLong).bytes("size", 20 * 1024).bytes("max", 512);
    CHECK(render(text, Language::English) ==
          "The file holds a text of 20 KB; texts in a plan file are at most 512 bytes.");
    CHECK(render(text, Language::French) ==
          "Le fichier contient un texte de 20\u00A0Ko ; les textes d’un fichier de plan font au plus 512\u00A0octets.");

    const Message range = Message(M::AssumptionOutOfRange)
                              .assumption("assumption", "engagement.sponsored_factor")
                              .decimal("min", 0.5)
                              .decimal("max", 2.5);
    CHECK(render(range, Language::English).find("must be from 0.5 to 2.5.") != std::string::npos);
    CHECK(render(range, Language::French).find("doit aller de 0,5 à 2,5.") != std::string::npos);

    // A date in each language's order; a time of day the same in both.
    const std::string date_en = render(Message(M::TimeOfDay).date_time("time", kMonday), Language::English);
    const std::string date_fr = render(Message(M::TimeOfDay).date_time("time", kMonday), Language::French);
    REQUIRE(date_en.size() == 16);
    CHECK(std::regex_match(date_en, std::regex(R"(\d{4}-\d\d-\d\d \d\d:\d\d)")));
    CHECK(std::regex_match(date_fr, std::regex(R"(\d\d/\d\d/\d{4} \d\d:\d\d)")));
    CHECK(date_fr == date_en.substr(8, 2) + "/" + date_en.substr(5, 2) + "/" + date_en.substr(0, 4) + date_en.substr(10));
    CHECK(render(Message(M::SavedInBrowserToday).clock_time("time", kMonday), Language::French) ==
          "Enregistré dans ce navigateur à " + date_en.substr(11));
}

TEST_CASE("Rendering in one language leaves the display language as it was") {
    const LanguageGuard english(Language::English);
    CHECK(render(Message(M::FileEmpty), Language::French) == "Le fichier est vide.");
    CHECK(display_language() == Language::English);
    CHECK(render(Message(M::FileEmpty)) == "The file is empty.");
    {
        const LanguageGuard french(Language::French);
        CHECK(display_language() == Language::French);
        CHECK(render(Message(M::FileEmpty)) == "Le fichier est vide.");
        CHECK(render(Message(M::FileEmpty), Language::English) == "The file is empty.");
        CHECK(display_language() == Language::French);
    }
    CHECK(display_language() == Language::English);
}

TEST_CASE("A scenario named “Results” stays “Results” in a French message") {
    Plan plan = two_creators();
    Scenario results = current_scenario(plan, "Results");
    results.creators[0].followers = 0;
    plan.other_scenarios = {results};
    const auto problems = validate(plan);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.id == M::InScenario);
    CHECK(render(problems[0].message, Language::French) ==
          "Dans le scénario « Results » : Créateur « Léa » : Il faut au moins 1 abonné.");
    CHECK(render(problems[0].message, Language::English) ==
          "In scenario “Results”: Creator “Léa”: Followers must be at least 1.");
}

TEST_CASE("A scenario named “2026.1” stays “2026.1” in French, never written as a French number") {
    Plan plan = two_creators();
    plan.other_scenarios = {current_scenario(plan, "2026.1")};
    const std::optional<Message> taken = scenario_name_problem(plan, "2026.1", SIZE_MAX);
    REQUIRE(taken.has_value());
    CHECK(render(*taken, Language::French) == "Il existe déjà un scénario nommé « 2026.1 ».");
    Document document(two_creators());
    REQUIRE(document.execute(AddScenario{"2026.1", {}}).ok);
    REQUIRE(document.undo_label() != nullptr);
    CHECK(render(*document.undo_label(), Language::French) == "nouveau scénario « 2026.1 »");
}

TEST_CASE("A creator named “Ben: Paris” with a negative fee is refused in French only, the name as written") {
    Plan plan = test::plan_of({test::creator(1, "Ben: Paris", Platform::Instagram, 48'000, 650, 3)});
    plan.creators[0].deliverables[0].unit_fee_cents = -100;
    const auto problems = validate(plan);
    REQUIRE(problems.size() == 1);
    CHECK(render(describe(problems[0], plan), Language::French) ==
          "Créateur « Ben: Paris » : Le champ « tarif par publication » ne peut pas être négatif.");
    CHECK(render(describe(problems[0], plan), Language::English) ==
          "Creator “Ben: Paris”: The fee per post cannot be negative.");
}

TEST_CASE("An empty file named “Q4: final.roster.json” opened in French says so in French, naming the file") {
    const IncomingPlan in =
        receive_plan("", Message(M::SourceFile).text("file", "Q4: final.roster.json"), Plan{}, Plan{});
    REQUIRE(in.verdict == IncomingPlan::Verdict::Refused);
    const LanguageGuard french(Language::French);
    CHECK(render(in.message) ==
          "Impossible d’ouvrir le fichier « Q4: final.roster.json » : Le fichier est vide. Rien n’a été modifié.");
    CHECK(render(in.message, Language::English) ==
          "Could not open the file “Q4: final.roster.json”: The file is empty. Nothing was changed.");
}

TEST_CASE("A creator with a number for a name, or numbered past a thousand, reads as written") {
    Plan plan = test::plan_of({test::creator(12'345, "", Platform::TikTok, 20'000, 300, 1),
                               test::creator(2, "1.5", Platform::TikTok, 20'000, 300, 1)});
    plan.creators[1].followers = 0;
    const auto problems = validate(plan);
    REQUIRE(problems.size() == 2);
    CHECK(render(describe(problems[0], plan), Language::English) == "Creator #12345: Every creator needs a name.");
    CHECK(render(describe(problems[0], plan), Language::French) == "Créateur n° 12345 : Chaque créateur doit avoir un nom.");
    CHECK(render(describe(problems[1], plan), Language::French) == "Créateur « 1.5 » : Il faut au moins 1 abonné.");
}

TEST_CASE("The undo menu names adding a creator in French") {
    Document document;
    REQUIRE(document.execute(AddCreator{test::creator(0, "Ana", Platform::TikTok, 20'000, 300.0, 2)}).ok);
    REQUIRE(document.undo_label() != nullptr);
    CHECK(render(*document.undo_label(), Language::French) == "ajouter un créateur");
    CHECK(render(*document.undo_label(), Language::English) == "add creator");
    CHECK(document.redo_label() == nullptr);
    REQUIRE(document.undo());
    CHECK(document.undo_label() == nullptr);
    REQUIRE(document.redo_label() != nullptr);
    CHECK(render(*document.redo_label(), Language::French) == "ajouter un créateur");
}

TEST_CASE("Every refusal of a broken plan reads in French, values and names included") {
    const std::vector<Message> messages = validation_messages();
    REQUIRE(messages.size() > 40);
    for (const Message& m : messages) {
        CAPTURE(message_id_name(m.id));
        check_reads_in_french(m);
    }
}

TEST_CASE("Every broken plan file's refusal, as the page says it, reads in French") {
    int files = 0;
    const Plan current = two_creators();
    for (const test::BadInput& bad : test::bad_inputs()) {
        CAPTURE(bad.name);
        const IncomingPlan in = receive_plan(bad.bytes(), source_file(), current, current);
        REQUIRE(in.verdict == IncomingPlan::Verdict::Refused);
        ++files;
        check_reads_in_french(in.message);
        CHECK(render(in.message, Language::French).find("« " + kFile + " »") != std::string::npos);
    }
    CHECK(files > 20);
}

TEST_CASE("What is opened, asked, linked, pasted and refused while editing reads in French") {
    std::vector<Message> messages;
    const Plan current = two_creators();
    const std::string file = storage::save_plan(current);
    Plan changed = current;
    changed.creators.pop_back();
    const IncomingPlan opened = receive_plan(file, Message(M::SourcePastedText), changed, current);
    REQUIRE(opened.verdict == IncomingPlan::Verdict::Confirm);
    messages.push_back(opened.opened);
    messages.push_back(opened.message);  // replace the changed plan?
    for (ShareLinkOutcome o : {ShareLinkOutcome::Copied, ShareLinkOutcome::TooLong, ShareLinkOutcome::NotCopied,
                               ShareLinkOutcome::Unsupported})
        messages.push_back(share_link_message(o, 12'345));
    for (ShareLinkProblem p : {ShareLinkProblem::Damaged, ShareLinkProblem::FromNewerRoster, ShareLinkProblem::CannotOpenLinks})
        messages.push_back(share_link_problem_message(p));
    for (const char* row : {"", "12, 14, 15", "Zoe 12%", "Léa 10%", "Ben 140%"}) {
        const std::optional<Message> problem = parse_overlap_row(row, current, 1).problem;
        REQUIRE(problem.has_value());
        messages.push_back(*problem);
    }
    for (const char* shares : {"FR", "FR 140%"}) {
        const std::optional<Message> problem = parse_shares(shares, true).problem;
        REQUIRE(problem.has_value());
        messages.push_back(*problem);
    }
    for (const std::string& name : {std::string(), std::string(80, 's'), scenario_names(current).front()}) {
        const std::optional<Message> problem = scenario_name_problem(current, name, SIZE_MAX);
        REQUIRE(problem.has_value());
        messages.push_back(*problem);
    }
    Document document(current);
    for (const Command& refused : std::vector<Command>{RemoveCreator{42}, SetCurrency{"euros"},
                                                       SetAssumption{"no.such.thing", 1}, RemoveScenario{0},
                                                       OpenScenario{5}}) {
        const ApplyResult r = document.execute(refused);
        REQUIRE_FALSE(r.ok);
        messages.push_back(r.message);
    }
    for (const Message& m : messages) {
        CAPTURE(message_id_name(m.id));
        check_reads_in_french(m);
    }
}
