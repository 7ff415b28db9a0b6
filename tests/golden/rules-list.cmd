# gainsay rules --list: the rule kinds and every key, from the schema.
rules
--list
