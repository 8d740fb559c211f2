/* whoami.h — the connected official, as the database sees them.  Shared by
 * the model (which fills it) and the UI (which shows it); no dependencies. */
#ifndef CASEDESK_WHOAMI_H
#define CASEDESK_WHOAMI_H

struct whoami {
    char login[64];       /* database role = OS login */
    char name[64];        /* official's name, 张三 */
    char unit_code[32];   /* xcb */
    char unit_name[96];   /* 新城街道办 */
    char role[16];        /* staff | supervisor | inspector | admin */
    int official_id;
    int unit_id;
};

#endif
