#include "platform_change.h"

#include "engine/message_ids.h"
#include "engine/vocabulary.h"

namespace roster {

Creator on_platform(const Creator& creator, Platform platform, std::vector<Message>* moved) {
    Creator out = creator;
    out.platform = platform;
    for (Deliverable& d : out.deliverables) {
        const Format nearest = nearest_format(platform, d.format);
        if (nearest == d.format) continue;
        if (moved)
            moved->push_back(Message(MessageId::FormatMovedTo)
                                 .format("from", creator.platform, d.format)
                                 .format("to", platform, nearest)
                                 .platform("platform", platform));
        d.format = nearest;
    }
    return out;
}

}  // namespace roster
