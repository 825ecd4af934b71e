// Analytics exports as planners download them (tests/data/actuals/, written in the shapes of
// Meta Business Suite's Instagram post export, TikTok Studio's content export and YouTube
// Studio's "Table data", each with English and French headers): what each row gives, the same in
// both languages, and the files that are refused.
#include <doctest/doctest.h>

#include <string>

#include "storage/actuals_export.h"
#include "support/files.h"
#include "support/messages.h"

using namespace roster;
using namespace roster::storage;

namespace {

ExportRead read(const std::string& name) {
    const ExportRead r = read_analytics_export(test::read_bytes(test::test_data("actuals/" + name)));
    INFO(name << ": " << test::english(r.problem));
    REQUIRE(r.ok);
    return r;
}

double figure(const ExportRow& row, ActualFigure f) {
    const auto& v = row.figures[static_cast<std::size_t>(f)];
    REQUIRE(v.has_value());
    return v->value;
}

// The English and French exports of one provider say the same: numbers, dates, formats, posts.
void same_rows(const ExportRead& en, const ExportRead& fr) {
    REQUIRE(en.rows.size() >= fr.rows.size());
    for (std::size_t i = 0; i < fr.rows.size(); ++i) {
        CAPTURE(i);
        CHECK(en.rows[i].date == fr.rows[i].date);
        CHECK(en.rows[i].format == fr.rows[i].format);
        CHECK(en.rows[i].address == fr.rows[i].address);
        for (std::size_t f = 0; f < en.rows[i].figures.size(); ++f) {
            CAPTURE(f);
            REQUIRE(en.rows[i].figures[f].has_value() == fr.rows[i].figures[f].has_value());
            if (en.rows[i].figures[f]) {
                CHECK(en.rows[i].figures[f]->value == fr.rows[i].figures[f]->value);
                CHECK(en.rows[i].figures[f]->source == fr.rows[i].figures[f]->source);
            }
        }
    }
}

}  // namespace

TEST_CASE("An Instagram post export from Meta Business Suite is read in English and in French") {
    const ExportRead en = read("instagram-en.csv");
    CHECK(en.provider == ExportProvider::Instagram);
    CHECK(en.language == ExportLanguage::English);
    REQUIRE(en.rows.size() == 5);
    const ExportRow& reel = en.rows[0];
    CHECK(reel.row == 2);
    CHECK(reel.account == "lea.lou");
    CHECK(reel.date == "2026-03-14");
    CHECK(reel.format == Format::Short);
    CHECK(figure(reel, ActualFigure::Views) == 12'450);
    CHECK(figure(reel, ActualFigure::Likes) == 812);
    CHECK(figure(reel, ActualFigure::Saves) == 61);
    // Meta says its reach is estimated: so does Roster.
    CHECK(reel.figures[static_cast<std::size_t>(ActualFigure::Reach)]->source == Provenance::Estimate);
    CHECK(reel.figures[static_cast<std::size_t>(ActualFigure::Views)]->source == Provenance::Platform);
    CHECK(en.rows[2].format == Format::Carousel);
    CHECK(en.rows[3].format == Format::FeedPost);
    CHECK(en.rows[3].date == "2026-03-16");

    const ExportRead fr = read("instagram-fr.csv");
    CHECK(fr.provider == ExportProvider::Instagram);
    CHECK(fr.language == ExportLanguage::French);
    CHECK(fr.rows.size() == 4);
    same_rows(en, fr);
}

TEST_CASE("A TikTok Studio export is read in English and in French, with 1.2K as 1,200") {
    const ExportRead en = read("tiktok-en.csv");
    CHECK(en.provider == ExportProvider::TikTok);
    REQUIRE(en.rows.size() == 3);
    CHECK(en.rows[0].account.empty());
    CHECK(handle_in_address(en.rows[0].address) == "ben.arcade");
    CHECK(en.rows[0].format == Format::Short);
    CHECK(en.rows[0].date == "2026-03-15");
    CHECK(figure(en.rows[0], ActualFigure::Views) == 184'200);
    CHECK(figure(en.rows[0], ActualFigure::Shares) == 1'200);
    CHECK(figure(en.rows[0], ActualFigure::Reach) == 151'300);
    const ExportRead fr = read("tiktok-fr.csv");
    CHECK(fr.provider == ExportProvider::TikTok);
    CHECK(fr.language == ExportLanguage::French);
    same_rows(en, fr);
}

TEST_CASE("A YouTube Studio table is read in English and in French, its total row skipped") {
    const ExportRead en = read("youtube-en.csv");
    CHECK(en.provider == ExportProvider::YouTube);
    CHECK(en.total_row == std::size_t{2});
    REQUIRE(en.rows.size() == 2);
    CHECK(en.rows[0].address == "dQw4w9WgXcQ");
    CHECK(en.rows[0].date == "2026-03-14");
    CHECK(en.rows[0].format == Format::LongVideo);  // 1,122 seconds
    CHECK(en.rows[1].format == Format::Short);      // 58 seconds
    CHECK(figure(en.rows[0], ActualFigure::Views) == 398'211);
    CHECK(figure(en.rows[0], ActualFigure::Impressions) == 3'810'002);
    const ExportRead fr = read("youtube-fr.csv");
    CHECK(fr.language == ExportLanguage::French);
    CHECK(fr.total_row == std::size_t{2});
    same_rows(en, fr);
}

TEST_CASE("Dates are read as the exports write them, in either language") {
    CHECK(export_date("2026-03-14", ExportLanguage::English) == std::string("2026-03-14"));
    CHECK(export_date("2026-03-14T18:02:00Z", ExportLanguage::French) == std::string("2026-03-14"));
    CHECK(export_date("03/14/2026 18:02", ExportLanguage::English) == std::string("2026-03-14"));
    CHECK(export_date("14/03/2026", ExportLanguage::French) == std::string("2026-03-14"));
    CHECK(export_date("04/03/2026", ExportLanguage::French) == std::string("2026-03-04"));
    CHECK(export_date("04/03/2026", ExportLanguage::English) == std::string("2026-04-03"));
    CHECK(export_date("14/03/2026", ExportLanguage::English) == std::string("2026-03-14"));  // no 14th month
    CHECK(export_date("Mar 14, 2026", ExportLanguage::English) == std::string("2026-03-14"));
    CHECK(export_date("14 mars 2026", ExportLanguage::French) == std::string("2026-03-14"));
    CHECK(export_date("sam. 14 févr. 2026", ExportLanguage::French) == std::string("2026-02-14"));
    CHECK(export_date("1 août 2026", ExportLanguage::French) == std::string("2026-08-01"));
    CHECK_FALSE(export_date("Lifetime", ExportLanguage::English));
    CHECK_FALSE(export_date("31/02/2026", ExportLanguage::French));
}

TEST_CASE("Post addresses and handles are compared as the same post or account however they are written") {
    CHECK(fold_address("https://www.instagram.com/reel/C4xAbCdEfGh/?igsh=abc") == fold_address("instagram.com/reel/C4xAbCdEfGh"));
    CHECK(fold_address("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3s") == fold_address("dQw4w9WgXcQ"));
    CHECK(fold_address("https://youtu.be/dQw4w9WgXcQ") == "dqw4w9wgxcq");
    CHECK(fold_handle("@Lea.Lou") == "lea.lou");
    CHECK(handle_in_address("https://www.tiktok.com/@ben.arcade/video/1?lang=fr") == "ben.arcade");
    CHECK(handle_in_address("https://www.instagram.com/p/C4x/") == "");
}

TEST_CASE("A file that is not an analytics export is refused with the reason") {
    const ExportRead roster = read_analytics_export(test::read_bytes(test::test_data("actuals/roster-not-an-export.csv")));
    CHECK_FALSE(roster.ok);
    CHECK(roster.problem.id == MessageId::ActualsExportUnknown);
    const ExportRead binary = read_analytics_export(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    CHECK_FALSE(binary.ok);
    CHECK_FALSE(test::english(binary.problem).empty());
    CHECK_FALSE(read_analytics_export("").ok);
    // Headers with no post or account column cannot be matched to anyone.
    CHECK_FALSE(read_analytics_export("Views,Reach\n10,5\n").ok);
}

TEST_CASE("A negative or unreadable number refuses its row, naming the column and the value") {
    const ExportRead r = read("instagram-negative.csv");
    REQUIRE(r.rows.size() == 1);
    REQUIRE(r.rows[0].problem);
    const std::string said = test::english(*r.rows[0].problem);
    CHECK(said.find("Row 2") != std::string::npos);
    CHECK(said.find("Views") != std::string::npos);
    CHECK(said.find("-12") != std::string::npos);
}
