package io.github.heychat4j.domain.role;

/**
 * One of the platform's 41 permission bits, at its platform bit position. Names follow the
 * platform's meaning; {@link #chineseName()} is the name the Heychat client shows.
 *
 * {@snippet :
 * Permissions moderator = Permissions.of(Permission.KICK_MEMBERS, Permission.SILENCE_MEMBERS);
 * boolean canKick = moderator.allows(Permission.KICK_MEMBERS);
 * }
 */
public enum Permission {
    /** 管理员: every permission except deleting the room. Implies every other bit. */
    ADMINISTRATOR(0, "管理员"),
    /** 查看频道: see channels (except private ones). */
    VIEW_CHANNEL(1, "查看频道"),
    /** 管理频道: create, edit and delete channels. */
    MANAGE_CHANNELS(2, "管理频道"),
    /** 查看审核日志: view the room audit log. */
    VIEW_AUDIT_LOG(3, "查看审核日志"),
    /** 管理角色: create roles, edit or delete roles below one's highest, edit channel permissions. */
    MANAGE_ROLES(4, "管理角色"),
    /** 管理房间: edit the room, view all invites. */
    MANAGE_ROOM(5, "管理房间"),
    /** 创建邀请: invite people. */
    CREATE_INVITES(6, "创建邀请"),
    /** 管理邀请: manage invites. */
    MANAGE_INVITES(7, "管理邀请"),
    /** 修改昵称: change one's own room nickname. */
    CHANGE_NICKNAME(8, "修改昵称"),
    /** 管理昵称: change other members' room nicknames. */
    MANAGE_NICKNAMES(9, "管理昵称"),
    /** 踢出房间: kick members from the room (they can rejoin with an invite). */
    KICK_MEMBERS(10, "踢出房间"),
    /** 踢出频道: kick a user from a (voice) channel. */
    KICK_FROM_CHANNEL(11, "踢出频道"),
    /** 封锁成员 / 房间黑名单: the permanent room blacklist. */
    BAN_MEMBERS(12, "封锁成员"),
    /** 禁言: silence a member in text and voice for a while. */
    SILENCE_MEMBERS(13, "禁言"),
    /** 发送消息: send messages. */
    SEND_MESSAGES(14, "发送消息"),
    /** 上传文件: upload files. */
    ATTACH_FILES(15, "上传文件"),
    /** {@code @全体/@在线/@角色}: mention everyone, online members or roles. */
    MENTION_EVERYONE(16, "@全体/@在线/@角色"),
    /** 添加表情回应: add reactions. */
    ADD_REACTIONS(17, "添加表情回应"),
    /** 管理消息: delete others' messages, highlight messages. */
    MANAGE_MESSAGES(18, "管理消息"),
    /** 接收离线消息 / 读取历史消息: receive messages sent while offline. */
    READ_MESSAGE_HISTORY(19, "接收离线消息"),
    /** 创建开黑邀约: create team-up invites. */
    CREATE_TEAM_UP_INVITES(20, "创建开黑邀约"),
    /** 管理开黑邀约: manage team-up invites. */
    MANAGE_TEAM_UP_INVITES(21, "管理开黑邀约"),
    /** 加入语音频道: join voice channels. */
    CONNECT(22, "加入语音频道"),
    /** 说话: speak. */
    SPEAK(23, "说话"),
    /** 使用自由麦: free mic (voice activity). */
    USE_VOICE_ACTIVITY(24, "使用自由麦"),
    /** 频道静音: mute a channel. */
    MUTE_CHANNELS(25, "频道静音"),
    /** 静音某人: mute members. */
    MUTE_MEMBERS(26, "静音某人"),
    /** 移动成员: move members between voice channels. */
    MOVE_MEMBERS(27, "移动成员"),
    /** 管理语句: manage statements. */
    MANAGE_STATEMENTS(28, "管理语句"),
    /** 修改频道内其他人的邀约: modify others' invites in a channel. */
    MODIFY_CHANNEL_INVITES(29, "修改频道内其他人的邀约"),
    /** 管理表情包: manage room emoji and stickers. */
    MANAGE_EMOJIS_AND_STICKERS(30, "管理表情包"),
    /** 管理语音包: manage sound packs. */
    MANAGE_SOUND_PACKS(31, "管理语音包"),
    /** 播放语音包: play sound packs. */
    PLAY_SOUND_PACKS(32, "播放语音包"),
    /** 播放伴奏: share audio. */
    SHARE_AUDIO(33, "播放伴奏"),
    /** 共享屏幕: share the screen. */
    SHARE_SCREEN(34, "共享屏幕"),
    /** 游戏组队: game team-ups. */
    POST_TEAM_UPS(35, "游戏组队"),
    /** 使用bot命令: use bot commands. */
    USE_BOT_COMMANDS(36, "使用bot命令"),
    /** 创建投票: create polls. */
    CREATE_POLLS(37, "创建投票"),
    /** 房间活动管理: manage room events. */
    MANAGE_ROOM_EVENTS(38, "房间活动管理"),
    /** 发送图片: send images and markdown images in channels. */
    SEND_IMAGES(39, "发送图片"),
    /** 开启录音: start recording. */
    START_RECORDING(40, "开启录音");

    private final int bit;
    private final String chineseName;

    Permission(int bit, String chineseName) {
        this.bit = bit;
        this.chineseName = chineseName;
    }

    /** The bit position in the platform's bitmask (0 to 40). */
    public int bit() {
        return bit;
    }

    /** The bit as a mask: {@code 1L << bit()}. */
    public long mask() {
        return 1L << bit;
    }

    /** The name the Heychat client shows. */
    public String chineseName() {
        return chineseName;
    }
}
