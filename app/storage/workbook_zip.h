// The zip container of a .xlsx workbook: its directory walked and its parts inflated, with
// every limit checked while reading (docs/SPREADSHEETS.md, "Workbooks"). Hand-written over
// zlib's inflate rather than using minizip because the sizes a zip's headers declare cannot be
// trusted: a part is inflated in slices and refused the moment it passes its size limit or the
// expansion ratio, so a zip bomb costs a few megabytes, never the memory it claims.
//
// What it reads: the central directory (found from the end-of-directory record), parts that
// are stored or deflated. What it refuses: zip64 archives, encrypted parts, names with "..", a
// leading "/", a drive letter or a backslash, more parts than the limit, parts whose local header
// disagrees with the directory, and data past the end of the file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"

namespace roster::storage {

struct ZipLimits {
    std::size_t max_archive_bytes = 20u * 1024u * 1024u;  // the .xlsx as given
    std::size_t max_entries = 2000;                       // parts in the directory
    std::size_t max_part_bytes = 100u * 1024u * 1024u;    // one part, inflated
    std::size_t max_total_bytes = 300u * 1024u * 1024u;   // all the parts read, inflated
    std::size_t max_ratio = 500;  // inflated bytes per packed byte (sheet XML deflates 10-100x, a bomb ~1000x)
};

struct ZipOpen;

class ZipArchive {
public:
    struct Entry {
        std::string name;
        std::uint16_t method = 0;       // 0 stored, 8 deflated
        std::uint32_t crc = 0;          // CRC-32 of the inflated part
        std::uint32_t packed = 0;       // compressed size, as the directory says
        std::uint32_t local_offset = 0;  // of the part's local header
    };

    // The bytes stay the caller's: they must outlive the archive.
    static ZipOpen open(std::string_view bytes, const ZipLimits& limits = {});

    const std::vector<Entry>& entries() const { return entries_; }
    bool has(std::string_view name) const { return find(name) != nullptr; }

    struct Read {
        bool ok = false;
        std::string data;
        Message problem;
    };
    // The part inflated, or why not (too large, too expanded, damaged). `max_bytes`, when less,
    // lowers the part limit for this read (the shared strings have their own).
    Read read(std::string_view name, std::size_t max_bytes = SIZE_MAX);

private:
    const Entry* find(std::string_view name) const;

    std::string_view bytes_;
    ZipLimits limits_;
    std::vector<Entry> entries_;
    std::size_t total_read_ = 0;
};

struct ZipOpen {
    bool ok = false;
    ZipArchive archive;
    Message problem;
};

// Part names a workbook may hold: relative, forward slashes, no "..", no drive, no control
// characters. Public for the tests.
bool is_safe_part_name(std::string_view name);

}  // namespace roster::storage
