#include "workbook_zip.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace roster::storage {
namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint32_t kZip64Locator = 0x07064b50;
constexpr std::uint32_t kDirectoryHeader = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::size_t kEndOfDirectorySize = 22;
constexpr std::size_t kDirectoryHeaderSize = 46;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kSlice = 64u * 1024u;
// Below this many inflated bytes the ratio is not judged: a tiny part of repeated XML may expand
// a lot without costing anything.
constexpr std::size_t kRatioFloor = 1024u * 1024u;

std::uint16_t u16(std::string_view b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8));
}
std::uint32_t u32(std::string_view b, std::size_t at) {
    return static_cast<std::uint32_t>(u16(b, at)) | (static_cast<std::uint32_t>(u16(b, at + 2)) << 16);
}

Message damaged(std::string_view part) { return Message(MessageId::WorkbookPartDamaged).text("part", std::string(part)); }

// Why bytes that are not a zip file are not a workbook, in the planner's words.
Message not_a_zip(std::string_view bytes) {
    if (bytes.size() >= 8 && std::memcmp(bytes.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
        // A compound file: Excel 97-2003, or an .xlsx saved with a password (its parts are then
        // an "EncryptedPackage" stream, named in UTF-16).
        static const char kEncrypted[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
        const std::string_view needle(kEncrypted, sizeof kEncrypted - 1);
        if (bytes.find(needle) != std::string_view::npos) return Message(MessageId::WorkbookEncrypted);
        return Message(MessageId::WorkbookOldExcel);
    }
    if (bytes.size() >= 4 && std::memcmp(bytes.data(), "PK\x03\x04", 4) == 0) return Message(MessageId::WorkbookTruncated);
    // Text (a CSV renamed .xlsx): printable bytes and line breaks at the start.
    const std::size_t n = std::min<std::size_t>(bytes.size(), 512);
    std::size_t control = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') ++control;
    }
    if (n > 0 && control == 0 && std::memcmp(bytes.data(), "%PDF", std::min<std::size_t>(n, 4)) != 0)
        return Message(MessageId::WorkbookIsText);
    return Message(MessageId::WorkbookNotZip);
}

}  // namespace

bool is_safe_part_name(std::string_view name) {
    if (name.empty() || name.size() > 1024) return false;
    if (name.front() == '/') return false;
    if (name.size() >= 2 && name[1] == ':') return false;  // a drive letter
    for (char c : name)
        if (c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t slash = std::min(name.find('/', start), name.size());
        const std::string_view segment = name.substr(start, slash - start);
        if (segment == "..") return false;
        start = slash + 1;
    }
    return true;
}

ZipOpen ZipArchive::open(std::string_view bytes, const ZipLimits& limits) {
    ZipOpen out;
    auto fail = [&out](Message m) {
        out.problem = std::move(m);
        return std::move(out);
    };
    if (bytes.empty()) return fail(Message(MessageId::SheetEmpty));
    if (bytes.size() > limits.max_archive_bytes)
        return fail(Message(MessageId::WorkbookTooLarge)
                        .bytes("size", static_cast<double>(bytes.size()))
                        .bytes("max", static_cast<double>(limits.max_archive_bytes)));
    if (bytes.size() < kEndOfDirectorySize || std::memcmp(bytes.data(), "PK", 2) != 0) return fail(not_a_zip(bytes));

    // The end-of-directory record: the last 22 bytes, or earlier by the length of a comment.
    std::size_t end = std::string_view::npos;
    const std::size_t lowest = bytes.size() > kEndOfDirectorySize + 0xFFFF ? bytes.size() - kEndOfDirectorySize - 0xFFFF : 0;
    for (std::size_t at = bytes.size() - kEndOfDirectorySize + 1; at-- > lowest;) {
        if (u32(bytes, at) == kEndOfDirectory && at + kEndOfDirectorySize + u16(bytes, at + 20) == bytes.size()) {
            end = at;
            break;
        }
    }
    if (end == std::string_view::npos) return fail(not_a_zip(bytes));
    if (end >= 20 && u32(bytes, end - 20) == kZip64Locator) return fail(Message(MessageId::WorkbookZip64));
    const std::uint16_t disk = u16(bytes, end + 4), directory_disk = u16(bytes, end + 6);
    const std::uint16_t on_disk = u16(bytes, end + 8), count = u16(bytes, end + 10);
    const std::uint32_t directory_size = u32(bytes, end + 12), directory_offset = u32(bytes, end + 16);
    if (count == 0xFFFF || directory_size == 0xFFFFFFFF || directory_offset == 0xFFFFFFFF)
        return fail(Message(MessageId::WorkbookZip64));
    if (disk != 0 || directory_disk != 0 || on_disk != count) return fail(Message(MessageId::WorkbookTruncated));
    if (count > limits.max_entries)
        return fail(Message(MessageId::WorkbookTooManyParts).integer("max", static_cast<double>(limits.max_entries)));
    if (static_cast<std::size_t>(directory_offset) + directory_size > end) return fail(Message(MessageId::WorkbookTruncated));

    ZipArchive& zip = out.archive;
    zip.bytes_ = bytes;
    zip.limits_ = limits;
    zip.entries_.reserve(count);
    std::size_t at = directory_offset;
    const std::size_t directory_end = static_cast<std::size_t>(directory_offset) + directory_size;
    for (std::uint16_t i = 0; i < count; ++i) {
        if (at + kDirectoryHeaderSize > directory_end || u32(bytes, at) != kDirectoryHeader)
            return fail(Message(MessageId::WorkbookTruncated));
        const std::uint16_t flags = u16(bytes, at + 8);
        Entry e;
        e.method = u16(bytes, at + 10);
        e.crc = u32(bytes, at + 16);
        e.packed = u32(bytes, at + 20);
        const std::uint32_t unpacked = u32(bytes, at + 24);
        const std::size_t name_length = u16(bytes, at + 28), extra = u16(bytes, at + 30), comment = u16(bytes, at + 32);
        e.local_offset = u32(bytes, at + 42);
        if (at + kDirectoryHeaderSize + name_length + extra + comment > directory_end)
            return fail(Message(MessageId::WorkbookTruncated));
        e.name.assign(bytes.substr(at + kDirectoryHeaderSize, name_length));
        at += kDirectoryHeaderSize + name_length + extra + comment;
        if (e.packed == 0xFFFFFFFF || unpacked == 0xFFFFFFFF || e.local_offset == 0xFFFFFFFF)
            return fail(Message(MessageId::WorkbookZip64));
        if (!is_safe_part_name(e.name)) return fail(Message(MessageId::WorkbookUnsafePartName).text("part", e.name));
        if (flags & 0x0001) return fail(Message(MessageId::WorkbookEncrypted));
        if (e.name.back() == '/') continue;  // a folder: nothing to read
        zip.entries_.push_back(std::move(e));
    }
    out.ok = true;
    return out;
}

const ZipArchive::Entry* ZipArchive::find(std::string_view name) const {
    for (const Entry& e : entries_)
        if (e.name == name) return &e;
    return nullptr;
}

ZipArchive::Read ZipArchive::read(std::string_view name, std::size_t max_bytes) {
    Read out;
    const Entry* e = find(name);
    if (!e) {
        out.problem = Message(MessageId::WorkbookPartMissing).text("part", std::string(name));
        return out;
    }
    // The local header: its name must be the directory's, and the data must lie in the file.
    const std::size_t at = e->local_offset;
    if (at + kLocalHeaderSize > bytes_.size() || u32(bytes_, at) != kLocalHeader) {
        out.problem = damaged(name);
        return out;
    }
    const std::size_t name_length = u16(bytes_, at + 26), extra = u16(bytes_, at + 28);
    const std::size_t data = at + kLocalHeaderSize + name_length + extra;
    if (data > bytes_.size() || bytes_.substr(at + kLocalHeaderSize, name_length) != e->name ||
        e->packed > bytes_.size() - data) {
        out.problem = damaged(name);
        return out;
    }
    const std::string_view packed = bytes_.substr(data, e->packed);
    const std::size_t limit = std::min(max_bytes, limits_.max_part_bytes);
    // `consumed`: the packed bytes inflated so far, so a bomb is caught after its first megabyte
    // rather than at its end.
    auto too_large = [&](std::size_t size, std::size_t consumed) -> bool {
        if (size > limit) {
            out.problem = Message(MessageId::WorkbookPartTooLarge).text("part", e->name).bytes("max", static_cast<double>(limit));
            return true;
        }
        if (size > kRatioFloor && size / std::max<std::size_t>(consumed, 1) > limits_.max_ratio) {
            out.problem = Message(MessageId::WorkbookZipBomb).text("part", e->name).integer("ratio", static_cast<double>(limits_.max_ratio));
            return true;
        }
        if (total_read_ + size > limits_.max_total_bytes) {
            out.problem = Message(MessageId::WorkbookTooMuchData).bytes("max", static_cast<double>(limits_.max_total_bytes));
            return true;
        }
        return false;
    };

    if (e->method == 0) {
        if (too_large(packed.size(), packed.size())) return out;
        out.data.assign(packed);
    } else if (e->method == 8) {
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
            out.problem = damaged(name);
            return out;
        }
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
        z.avail_in = static_cast<uInt>(packed.size());
        int status = Z_OK;
        while (status == Z_OK) {
            const std::size_t before = out.data.size();
            // Grow by one slice at a time: never by what the headers claim.
            out.data.resize(before + kSlice);
            z.next_out = reinterpret_cast<Bytef*>(&out.data[before]);
            z.avail_out = static_cast<uInt>(kSlice);
            status = inflate(&z, Z_NO_FLUSH);
            out.data.resize(before + (kSlice - z.avail_out));
            if (status == Z_BUF_ERROR && z.avail_in == 0) break;  // the data ended before the stream did
            if (too_large(out.data.size(), static_cast<std::size_t>(z.total_in))) {
                inflateEnd(&z);
                out.data.clear();
                return out;
            }
        }
        inflateEnd(&z);
        if (status != Z_STREAM_END) {
            out.data.clear();
            out.problem = damaged(name);
            return out;
        }
    } else {
        out.problem = damaged(name);
        return out;
    }
    // The directory's checksum: a damaged part is refused rather than read as strange cells.
    // (Not in the fuzzer's build, so that its changes to stored parts reach the XML readers.)
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(out.data.data()), static_cast<uInt>(out.data.size()));
    if (crc != e->crc) {
        out.data.clear();
        out.problem = damaged(name);
        return out;
    }
#endif
    total_read_ += out.data.size();
    out.ok = true;
    return out;
}

}  // namespace roster::storage
