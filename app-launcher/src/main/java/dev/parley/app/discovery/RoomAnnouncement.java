package dev.parley.app.discovery;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.jmdns.ServiceInfo;

/**
 * What a room says about itself on the local network: a DNS-SD service of type {@value #SERVICE_TYPE} on the room's
 * port, its TXT record carrying the room's name, version, users online and whether it speaks TLS (docs/protocol.md,
 * "Discovery (beyond the spec)").
 */
public record RoomAnnouncement(String roomName, int port, String version, int usersOnline, boolean tls) {

    public static final String SERVICE_TYPE = "_parley._tcp.local.";
    static final String NAME = "name";
    static final String VERSION = "version";
    static final String USERS = "users";
    static final String TLS = "tls";
    /** A DNS label holds at most 63 bytes; the instance name is the room's name cut to fit. */
    private static final int MAX_INSTANCE_BYTES = 63;

    public RoomAnnouncement {
        Objects.requireNonNull(roomName, "roomName");
        Objects.requireNonNull(version, "version");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535, not " + port);
        }
    }

    public RoomAnnouncement withUsersOnline(int users) {
        return new RoomAnnouncement(roomName, port, version, users, tls);
    }

    /** The TXT record's keys and values, all strings as in the wire protocol. */
    public Map<String, String> txt() {
        return Map.of(
                NAME, roomName, VERSION, version, USERS, Integer.toString(usersOnline), TLS, Boolean.toString(tls));
    }

    /** The DNS-SD instance name: the room's name, cut to a DNS label (JmDNS adds " (2)" when two rooms share it). */
    public String instanceName() {
        String name = roomName.isBlank() ? "Parley room" : roomName.strip();
        while (name.getBytes(StandardCharsets.UTF_8).length > MAX_INSTANCE_BYTES) {
            name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
        }
        return name;
    }

    /** The TXT record of a service found on the network, as strings (a key without a value is left out). */
    static Map<String, String> txtOf(ServiceInfo info) {
        var out = new HashMap<String, String>();
        for (var keys = info.getPropertyNames(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            String value = info.getPropertyString(key);
            if (value != null) {
                out.put(key, value);
            }
        }
        return out;
    }

    /** The service JmDNS registers. */
    ServiceInfo serviceInfo() {
        return ServiceInfo.create(SERVICE_TYPE, instanceName(), port, 0, 0, txt());
    }
}
