/**
 * Nouns of people a figure without a counting word can run straight into (`2043万农村人口`, `400余村民`), with the place or
 * kind they may name first: such a figure counts those people. Shared by the reading of quantities (`400余村民` is 400 people)
 * and the targets' words (`790.55万农村群众` is named by the people after it).
 */
export const PEOPLE_NAMED_AFTER = /^(?:农村学校|中小学|农村|城镇|城乡|城市|乡村|山区|牧区|贫困|困难|留守|在校)?(?:人口|居民|群众|师生|农民|村民|市民|职工|学生|儿童|老人|妇女|患者|劳动力)/;
