import { metadataMissingRule } from './_lib/metadataMissingRule';

/** 填报时间 is missing or empty. */
export const metadataDateMissing = metadataMissingRule('metadata.dateMissing', 'reportDate', '填报时间');
