// Numbers as a planner reads them, in the style of the display language: "€1,234.50" and
// "12.5%" in English, "1 234,50 €" and "12,5 %" in French. Pure functions (no ImGui), tested
// natively; the language is one setting for the whole program, changed by the workspace when
// the planner switches language (plan files never hold formatted numbers).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/assumptions.h"

namespace roster::present {

enum class Language : std::uint8_t { English, French };

void set_display_language(Language language);
Language display_language();

// 1234567 -> "1,234,567"
std::string format_count(double value);

// 1234567 -> "1.23M", 45300 -> "45.3K", 950 -> "950"
std::string format_compact(double value);

// 1234.5, "EUR" -> "€1,234.50"; whole amounts of 10,000 or more drop the cents, and a currency
// without minor units never shows them (1234.5, "JPY" -> "¥1,235").
std::string format_money(double amount, std::string_view currency);

// 2.3456 -> "2.35": frequencies and other ratios read to two decimals.
std::string format_ratio(double value);

// 0.2345 -> "23.5%"
std::string format_percent(double share);

// The symbol shown before amounts in English ("€", "$", "£") or the code and a space ("CHF ").
std::string currency_prefix(std::string_view currency);

// The symbol ("€") or, for currencies without one here, the code ("CHF").
std::string currency_symbol(std::string_view currency);

// A planner's text (a scenario's name) made safe to show as a widget's label. Dear ImGui shows
// a label only up to its first "##" (the rest is the widget's id), so "Q4 ##2" would show as
// "Q4 " and "Brief #" followed by the id's "###" as "Brief ": a thin space (U+2009) goes after
// every '#' that another '#' follows, and after a '#' that ends the text.
std::string label_text(std::string_view text);

// An assumption's value in its unit: "12.5%", "x 1.40", "€8.50", "14 s", "0.75".
std::string format_value(double value, Unit unit, std::string_view currency);

// Seconds as hours of watch time: 5400 -> "1.5 h", 12,600,000 -> "3,500 h".
std::string format_hours(double seconds);

// A file's size: 512 -> "512 bytes", 12,288 -> "12 KB", 67,108,864 -> "64.0 MB" ("64,0 Mo").
std::string format_size(double bytes, Language language = display_language());

}  // namespace roster::present
