package dev.parley.ui.chat.conversation;

/** Attribute keys the conversation puts on its text beyond Swing's styles. */
public enum Marks {
    /** Boolean: kept in the transcript, not shown. */
    HIDDEN,
    /** String: the address a link opens. */
    LINK,
    /** Boolean: the reader's own name, mentioned. */
    MENTION,
    /** Boolean: the reader's own message. */
    OWN,
    /** String: what "Copy message" copies for the message this text belongs to. */
    MESSAGE
}
