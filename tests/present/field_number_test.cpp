#include <doctest/doctest.h>

#include <cmath>

#include "present/field_number.h"
#include "present/message_render.h"

using namespace roster::present;

TEST_CASE("A field shows money and counts grouped as the display language groups them") {
    CHECK(field_text(15000, 2) == "15,000.00");
    CHECK(field_text(1234567.891, 2) == "1,234,567.89");
    CHECK(field_text(48200, 0) == "48,200");
    CHECK(field_text(999.995, 2) == "1,000.00");
    CHECK(field_text(0, 2) == "0.00");
    CHECK(field_text(-4200.5, 2) == "-4,200.50");
    CHECK(field_text(0.05, 2) == "0.05");
    LanguageGuard french(Language::French);
    // A narrow no-break space (U+202F) between thousands, a decimal comma.
    CHECK(field_text(15000, 2) == "15\u202F000,00");
    CHECK(field_text(48200, 0) == "48\u202F200");
}

TEST_CASE("A field reads a number typed in either language's style") {
    CHECK(parse_field_number("15000") == 15000.0);
    CHECK(parse_field_number("15,000.00") == 15000.0);
    CHECK(parse_field_number(" 15 000,50 ") == 15000.5);
    CHECK(parse_field_number("15\u202F000,50") == 15000.5);
    CHECK(parse_field_number("12,5") == 12.5);   // only a decimal comma reads this way
    CHECK(parse_field_number("1,234") == 1234.0);  // English: thousands
    CHECK(parse_field_number("48.2K") == 48200.0);
    CHECK(parse_field_number("€1,200") == 1200.0);
    CHECK_FALSE(parse_field_number("").has_value());
    CHECK_FALSE(parse_field_number("abc").has_value());
    LanguageGuard french(Language::French);
    CHECK(parse_field_number("1,234") == doctest::Approx(1.234));  // French: a decimal comma
    CHECK(parse_field_number("15 000,00") == 15000.0);
    CHECK(parse_field_number("15,000.00") == 15000.0);  // the English style still reads
    CHECK(parse_field_number("1,2 M") == 1200000.0);
}
