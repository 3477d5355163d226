package dev.parley.protocol.codec;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ClientRequest;
import java.util.Objects;

/** A decoded client request with the version it declared ({@link ParleyVersion#LEGACY_CLIENT} when it declared none). */
public record InboundRequest(ClientRequest request, ParleyVersion clientVersion) {
    public InboundRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(clientVersion, "clientVersion");
    }
}
