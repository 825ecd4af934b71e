// Numbers as planners and their tools write them (storage/sheet_number.h), English and French.
#include <doctest/doctest.h>

#include <string>

#include "storage/sheet_number.h"

using namespace roster::storage;

namespace {

double value(std::string_view cell, DecimalMark mark) {
    const auto n = parse_sheet_number(cell, mark);
    CAPTURE(cell);
    REQUIRE(n.has_value());
    return n->value;
}

bool is_number(std::string_view cell, DecimalMark mark = DecimalMark::Point) {
    return parse_sheet_number(cell, mark).has_value();
}

}  // namespace

TEST_CASE("English numbers read with thousands commas, a decimal point, K and M, currencies and brackets") {
    const auto P = DecimalMark::Point;
    CHECK(value("1,234.5", P) == 1234.5);
    CHECK(value("12,400", P) == 12400);  // "12,400" quoted in a comma-separated file: thousands
    CHECK(value("1,234,567", P) == 1234567);
    CHECK(value("12.4K", P) == doctest::Approx(12400));
    CHECK(value("12.4k", P) == doctest::Approx(12400));
    CHECK(value("1.2M", P) == doctest::Approx(1'200'000));
    CHECK(value("1.2m", P) == doctest::Approx(1'200'000));
    CHECK(value("3bn", P) == doctest::Approx(3e9));
    CHECK(value("1.2E+06", P) == doctest::Approx(1.2e6));
    CHECK(value("(1,200)", P) == -1200);
    CHECK(value("-5", P) == -5);
    CHECK(value("\u22125", P) == -5);
    CHECK(value("0,5", P) == 0.5);  // a zero before the comma: a decimal, whatever the file
    CHECK(value("12,5", P) == 12.5);  // not three digits after the comma: a decimal
    CHECK(value(".5", P) == 0.5);
    CHECK(value("  42  ", P) == 42);

    const auto dollars = parse_sheet_number("$3.5k", P);
    REQUIRE(dollars);
    CHECK(dollars->value == doctest::Approx(3500));
    CHECK(dollars->currency == "USD");
    const auto euros = parse_sheet_number("€1,200", P);
    REQUIRE(euros);
    CHECK(euros->value == 1200);
    CHECK(euros->currency == "EUR");
    CHECK(parse_sheet_number("USD 1,200.50", P)->currency == "USD");
    CHECK(parse_sheet_number("1,200.50 GBP", P)->value == 1200.5);
    CHECK(parse_sheet_number("£900", P)->currency == "GBP");
    CHECK(parse_sheet_number("CHF 1'200.50", P)->value == 1200.5);
    CHECK(parse_sheet_number("-€5", P)->value == -5);
}

TEST_CASE("French numbers read with spaces, no-break or narrow spaces between thousands, a decimal comma, % and €") {
    const auto C = DecimalMark::Comma;
    CHECK(value("1 234,5", C) == 1234.5);
    CHECK(value("1\u00A0234,5", C) == 1234.5);
    CHECK(value("1\u202F234,5", C) == 1234.5);
    CHECK(value("1 234 567", C) == 1234567);
    CHECK(value("12,400", C) == 12.4);  // in a French file a comma is a decimal
    CHECK(value("1,2 M", C) == doctest::Approx(1'200'000));
    CHECK(value("1,2 Md", C) == doctest::Approx(1.2e9));
    CHECK(value("1.234,5", C) == 1234.5);
    CHECK(value("2,0", C) == 2.0);

    const auto share = parse_sheet_number("12,5 %", C);
    REQUIRE(share);
    CHECK(share->value == 12.5);
    CHECK(share->percent);
    const auto fee = parse_sheet_number("1 200 €", C);
    REQUIRE(fee);
    CHECK(fee->value == 1200);
    CHECK(fee->currency == "EUR");
    CHECK(value("2 000,50 €", C) == 2000.5);
    CHECK(value("1,2 k€", C) == doctest::Approx(1200));
    // "1,2 M" in an English file is one point two million all the same.
    CHECK(value("1,2 M", DecimalMark::Point) == doctest::Approx(1'200'000));
}

TEST_CASE("What is not one number is not read as one") {
    for (const char* cell : {"", "   ", "abc", "Team", "12 5", "1,2,3", "1.2.3", "12%%", "5 mm", "1e", "--5", "nan",
                             "inf", "Infinity", "1 2345", "12,34,567", "€", "%", "K", "1.2M%", "3,5,", "0x1A"}) {
        CAPTURE(cell);
        CHECK_FALSE(is_number(cell));
        CHECK_FALSE(is_number(cell, DecimalMark::Comma));
    }
}

TEST_CASE("Absurd numbers read as what they are, for the import to refuse, and never as infinity") {
    CHECK(value("1e308", DecimalMark::Point) == 1e308);
    CHECK_FALSE(is_number("1e309"));
    CHECK_FALSE(is_number("1e999"));
    CHECK_FALSE(is_number(std::string(70, '9')));
    CHECK(value("-12000", DecimalMark::Point) == -12000);
}

TEST_CASE("A column's decimal mark comes from the cells that can only be read one way, else from the file") {
    CHECK(column_decimal_mark({"12,5", "3,25", "4"}, DecimalMark::Point) == DecimalMark::Comma);
    CHECK(column_decimal_mark({"1,234.5", "12,400"}, DecimalMark::Comma) == DecimalMark::Point);
    CHECK(column_decimal_mark({"12,400", "1,200"}, DecimalMark::Unknown) == DecimalMark::Point);
    CHECK(column_decimal_mark({"12,400", "1,200"}, DecimalMark::Comma) == DecimalMark::Comma);
    CHECK(column_decimal_mark({"1.234,5"}, DecimalMark::Point) == DecimalMark::Comma);
    CHECK(column_decimal_mark({"1,234,567"}, DecimalMark::Unknown) == DecimalMark::Point);
    CHECK(column_decimal_mark({"0,125"}, DecimalMark::Unknown) == DecimalMark::Comma);
    CHECK(column_decimal_mark({}, DecimalMark::Unknown) == DecimalMark::Point);
    CHECK(decimal_mark_of_separator(';') == DecimalMark::Comma);
    CHECK(decimal_mark_of_separator(',') == DecimalMark::Point);
    CHECK(decimal_mark_of_separator('\t') == DecimalMark::Unknown);
}
