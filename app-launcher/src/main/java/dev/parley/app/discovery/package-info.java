/**
 * Rooms on the local network, over DNS-SD on multicast DNS (JmDNS): a hosted room announces itself, and the Join
 * dialog finds the rooms announced nearby. The one place that knows JmDNS; see docs/protocol.md, "Discovery".
 */
package dev.parley.app.discovery;
