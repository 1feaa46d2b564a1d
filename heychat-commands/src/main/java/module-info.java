/**
 * heychat4j's command router: declared slash commands with typed options, reached from the menu (event
 * {@code "50"}) and typed by hand (event {@code "5"}) alike, with invoker permissions, cooldowns, replies for
 * every refusal and the developer console's command definitions. Depends on the domain only.
 */
module io.github.heychat4j.commands {
    requires transitive io.github.heychat4j.domain;

    exports io.github.heychat4j.commands;
}
